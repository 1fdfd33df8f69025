// Keyboard-only reviewing: Space shows the answer, 1-4 rate it, U undoes the last rating.
// The card is swapped in by htmx, so the next one appears without a page load. Elements are found
// by class, not id: htmx "settles" elements whose id survives a swap by briefly putting the old
// attributes back, which would hide an answer revealed in that moment.
(function () {
  function reveal() {
    var answer = document.querySelector('.review-answer');
    if (answer && answer.hidden) {
      answer.hidden = false;
      var first = answer.querySelector('button[data-rating="3"]');
      if (first) { first.focus(); }
      return true;
    }
    return false;
  }

  // Posts the form with htmx whatever the state of htmx's own processing of freshly swapped content,
  // so a key pressed the instant a card appears never falls back to a full page submit.
  function post(form) {
    var values = {};
    new FormData(form).forEach(function (value, key) { values[key] = value; });
    htmx.ajax('POST', form.getAttribute('hx-post'), { target: '#session', swap: 'innerHTML', values: values });
  }

  document.addEventListener('click', function (event) {
    if (event.target && event.target.hasAttribute && event.target.hasAttribute('data-reveal')) { reveal(); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) { return; }
    var tag = (event.target && event.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
    if (event.key === ' ' || event.code === 'Space') {
      if (reveal()) { event.preventDefault(); }
      return;
    }
    if (/^[1-4]$/.test(event.key)) {
      var answer = document.querySelector('.review-answer');
      var button = document.querySelector('button[data-rating="' + event.key + '"]');
      if (answer && !answer.hidden && button) {
        event.preventDefault();
        post(button.form);
      }
      return;
    }
    if (event.key === 'u' || event.key === 'U') {
      var undo = document.getElementById('undo');
      if (undo) {
        event.preventDefault();
        post(undo.form);
      }
    }
  });
})();
