// The answer box (see write.html). htmx autosaves the draft while the learner types; when a save
// fails (offline, server busy), say so: the text stays and the next change saves it. Before
// submitting, say when the answer is empty or longer than the server takes, and keep the text.
(function () {
  var text = document.getElementById('text');
  var status = document.getElementById('draft-status');
  if (!text) {
    return;
  }
  var max = parseInt(text.getAttribute('data-max-length'), 10);
  var problemBox = document.getElementById('answer-problem');
  var submitting = false;

  function problem(message) {
    problemBox.textContent = message || '';
    problemBox.hidden = !message;
    if (message) {
      text.setAttribute('aria-invalid', 'true');
    } else {
      text.removeAttribute('aria-invalid');
    }
  }

  function say(message) {
    status = document.getElementById('draft-status');
    if (status) {
      status.textContent = message;
    }
  }

  function tooLong() {
    return text.value.length > max;
  }

  function tooLongMessage() {
    return text.getAttribute('data-too-long')
      .replace('{0}', text.value.length.toLocaleString(document.documentElement.lang))
      .replace('{1}', max.toLocaleString(document.documentElement.lang));
  }

  function unsaved(event) {
    if (event.detail && event.detail.elt === text) {
      say(text.getAttribute('data-unsaved'));
    }
  }
  document.addEventListener('htmx:responseError', unsaved);
  document.addEventListener('htmx:sendError', unsaved);

  // once the form is on its way, an autosave (a blur fires on the click) must not bring the draft back
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (submitting && event.detail && event.detail.elt === text) {
      event.preventDefault();
    }
  });

  text.addEventListener('input', function () {
    if (tooLong()) {
      problem(tooLongMessage());
    } else if (text.getAttribute('aria-invalid') === 'true') {
      problem(null);
    }
  });

  text.form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (!(submitter && submitter.id === 'dont-know')) {
      var saving = submitter && submitter.hasAttribute('formnovalidate');
      var wrong = tooLong() ? tooLongMessage()
        : (!saving && text.value.trim() === '' ? text.getAttribute('data-blank') : null);
      if (wrong) {
        event.preventDefault();
        problem(wrong);
        text.focus();
        return;
      }
    }
    submitting = true;
  });
})();
