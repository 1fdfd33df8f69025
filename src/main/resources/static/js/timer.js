// The study timer, on every page of a signed-in learner. The header shows a small clock while the
// timer runs or is paused; the Today page also has the timer's card with its buttons (htmx forms
// that swap in the timer's new state, the header's clock besides). This script ticks both clocks
// between answers from the server, sends a heartbeat every minute while the timer runs (the server
// decides what it is worth) — from the card on Today, from the header elsewhere — sends one more
// when the page is hidden or left, keeps the keyboard focus on the card's buttons as they change,
// and stops the timer when the learner has been idle (no key, pointer or scroll on any page of the
// product, in any tab) longer than the limit they set.
(function () {
  var NEXT = { start: 'pause', pause: 'start', stop: 'start' };
  var ACTIVITY = 'roadmap.study-timer.active';
  var beating = null;
  var beatingEvery = 0;
  var focusAfterSwap = null;
  var stopping = false;
  var loadedAt = Date.now();

  function card() { return document.querySelector('#study-timer .timer'); }
  function header() { return document.querySelector('#header-timer .timer-live'); }
  // the clock that talks to the server: Today's card where there is one, else the header's
  function leader() { return card() || header(); }

  function running() {
    var shown = leader();
    return shown !== null && shown.getAttribute('data-status') === 'RUNNING';
  }

  function number(element, name) { return Number(element.getAttribute('data-' + name)); }

  function two(value) { return (value < 10 ? '0' : '') + value; }

  function clock(seconds) {
    seconds = Math.floor(seconds);
    return Math.floor(seconds / 3600) + ':' + two(Math.floor(seconds % 3600 / 60)) + ':' + two(seconds % 60);
  }

  // What the server counted, plus the time since it answered while the timer runs (never more
  // than a heartbeat could count: a sleeping laptop's hours are not shown as study time).
  function studied(element) {
    if (!element.hasAttribute('data-synced')) { element.setAttribute('data-synced', String(Date.now())); }
    var seconds = number(element, 'studied');
    if (element.getAttribute('data-status') === 'RUNNING') {
      seconds += Math.min((Date.now() - number(element, 'synced')) / 1000, number(element, 'cap'));
    }
    return seconds;
  }

  function render() {
    var shown = card();
    if (shown) {
      var seconds = studied(shown);
      shown.querySelector('.timer-studied').textContent = clock(seconds);
      shown.querySelector('.timer-progress').value = Math.min(seconds, number(shown, 'goal'));
    }
    var small = header();
    if (small) { small.querySelector('.header-timer-clock').textContent = clock(studied(small)); }
  }

  // The form whose action the heartbeat goes to, and whose hidden field holds the CSRF token.
  function beatForm() {
    return card() ? document.querySelector('#study-timer .timer-heartbeat')
      : document.querySelector('#header-timer .header-timer-beat');
  }

  function csrf() {
    var token = beatForm() && beatForm().querySelector('input[type="hidden"]');
    var values = {};
    if (token) { values[token.name] = token.value; }
    return values;
  }

  function send(action, values) {
    var form = beatForm();
    if (!form) { return; }
    var path = form.getAttribute('action').replace(/\/heartbeat(\?|$)/, '/' + action + '$1');
    if (card()) {
      htmx.ajax('POST', path, { target: '#study-timer', swap: 'innerHTML', values: values });
    } else {
      htmx.ajax('POST', path, { target: '#header-timer', swap: 'outerHTML', values: values });
    }
  }

  function lastActive() {
    var stored = null;
    try { stored = Number(localStorage.getItem(ACTIVITY)); } catch (e) { /* storage may be disabled */ }
    return stored || loadedAt;
  }

  var noted = 0;
  function active() {
    var now = Date.now();
    if (now - noted < 5000) { return; }
    noted = now;
    try { localStorage.setItem(ACTIVITY, String(now)); } catch (e) { /* this page's own memory is enough */ }
  }

  // Idle longer than the learner's limit: stop, counting nothing after the last activity.
  function idleTooLong() {
    var shown = leader();
    if (!shown || !running() || stopping) { return false; }
    var limit = number(shown, 'idle') * 1000;
    var since = lastActive();
    if (!limit || Date.now() - since < limit) { return false; }
    stopping = true;
    var values = csrf();
    values.lastActive = new Date(since).toISOString();
    send('idle', values);
    return true;
  }

  function heartbeat() {
    if (!running() || idleTooLong()) { return; }
    send('heartbeat', csrf());
  }

  // The page is being hidden or left: count the time up to now, even if the page is gone by the answer.
  function lastHeartbeat() {
    if (!running() || !beatForm()) { return; }
    var body = new URLSearchParams(csrf());
    // as htmx would: the answer is a fragment, not a redirect to a whole page nobody will see
    fetch(beatForm().getAttribute('action'), {
      method: 'POST', body: body, keepalive: true, credentials: 'same-origin', headers: { 'HX-Request': 'true' }
    })
      .catch(function () { /* the next heartbeat counts it, up to the cap */ });
  }

  // After the server answered: beat while running, at the interval it asks for.
  function synced() {
    stopping = false;
    var shown = leader();
    var every = running() ? number(shown, 'heartbeat') * 1000 : 0;
    if (every !== beatingEvery) {
      if (beating) { clearInterval(beating); beating = null; }
      if (every) { beating = setInterval(heartbeat, every); }
      beatingEvery = every;
    }
    render();
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'study-timer') { return; }
    var focused = document.activeElement;
    var action = focused && focused.closest && focused.closest('#study-timer') ? focused.getAttribute('data-timer-action') : null;
    // a button pressed moves the focus to what comes next; a heartbeat leaves it where it was
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    var pressed = source && source.tagName === 'FORM' && source.contains(focused);
    focusAfterSwap = action && pressed ? NEXT[action] : action;
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    synced();
    if (!event.detail.target || event.detail.target.id !== 'study-timer') { return; }
    var announcement = document.getElementById('timer-announcement');
    var status = document.querySelector('#study-timer .timer-status');
    if (announcement && status) { announcement.textContent = status.textContent.trim(); }
    if (focusAfterSwap) {
      var button = document.querySelector('#study-timer [data-timer-action="' + focusAfterSwap + '"]')
        || document.querySelector('#study-timer button');
      if (button) { button.focus(); }
      focusAfterSwap = null;
    }
  });

  ['keydown', 'pointerdown', 'wheel', 'scroll', 'input', 'touchstart'].forEach(function (type) {
    window.addEventListener(type, active, { passive: true, capture: true });
  });

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { lastHeartbeat(); } else { heartbeat(); }
  });
  window.addEventListener('pagehide', lastHeartbeat);

  // once htmx (deferred) is there: a page opened after a long absence stops a timer left running,
  // as of the last activity seen; then this page counts as activity
  function begin() {
    synced();
    idleTooLong();
    active();
    setInterval(function () { render(); idleTooLong(); }, 1000);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', begin); } else { begin(); }
})();
