// Keyboard-only reviewing: Space shows the answer, 1-4 rate it, U undoes the last rating, and every
// key gets an answer: a rating is confirmed on the next card, a key pressed at the wrong moment says
// what to press instead. The card is swapped in by htmx, so the next one appears without a page
// load. A card still being learned that comes back soon is waited for, then fetched when it is due.
// Elements are found by class, not id: htmx "settles" elements whose id survives a swap by briefly
// putting the old attributes back, which would hide an answer revealed in that moment.
(function () {
  var waiting = null;

  function hint(name) {
    var line = document.getElementById('key-hint');
    if (!line) { return; }
    line.textContent = name ? line.getAttribute('data-' + name) : '';
  }

  function reveal() {
    var answer = document.querySelector('.review-answer');
    if (answer && answer.hidden) {
      answer.hidden = false;
      var first = answer.querySelector('button[data-rating="3"]');
      if (first) { first.focus(); }
      hint(null);
      return true;
    }
    return false;
  }

  // Posts the form with htmx whatever the state of htmx's own processing of freshly swapped content,
  // so a key pressed the instant a card appears never falls back to a full page submit.
  function post(form) {
    var values = {};
    new FormData(form).forEach(function (value, key) { values[key] = value; });
    hint(null);
    htmx.ajax('POST', form.getAttribute('hx-post'), { target: '#session', swap: 'innerHTML', values: values });
  }

  function two(value) { return (value < 10 ? '0' : '') + value; }

  // Nothing is due, but a learning card comes back soon: count down, then ask for it.
  function waitForTheNextCard() {
    if (waiting) { clearInterval(waiting); waiting = null; }
    var notice = document.querySelector('.review-waiting');
    if (!notice) { return; }
    var until = Date.now() + Number(notice.getAttribute('data-seconds')) * 1000;
    var started = document.querySelector('#session input[name="started"]');
    waiting = setInterval(function () {
      var left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      var shown = notice.querySelector('.countdown-value');
      if (shown) { shown.textContent = Math.floor(left / 60) + ':' + two(left % 60); }
      if (left === 0) {
        clearInterval(waiting);
        waiting = null;
        var path = '/review' + (started ? '?started=' + encodeURIComponent(started.value) : '');
        htmx.ajax('GET', path, { target: '#session', swap: 'innerHTML' });
      }
    }, 1000);
  }

  document.addEventListener('click', function (event) {
    if (event.target && event.target.closest && event.target.closest('[data-reveal]')) { reveal(); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) { return; }
    var tag = (event.target && event.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
    var answer = document.querySelector('.review-answer');
    if (event.key === ' ' || event.code === 'Space') {
      if (reveal()) {
        event.preventDefault();
      } else if (answer) {
        event.preventDefault();
        hint('rate-now');
      } else {
        event.preventDefault();
        hint('nothing');
      }
      return;
    }
    if (/^[1-4]$/.test(event.key)) {
      event.preventDefault();
      var button = document.querySelector('button[data-rating="' + event.key + '"]');
      if (!answer || !button) {
        hint('nothing');
      } else if (answer.hidden) {
        hint('reveal-first');
      } else {
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
      return;
    }
    if (event.key.length === 1 && event.key !== '?' && /\S/.test(event.key)) {
      hint('unknown');
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.target && event.detail.target.id === 'session') { waitForTheNextCard(); }
  });

  waitForTheNextCard();
})();
