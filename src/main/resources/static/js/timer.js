// The study timer on the Today page. Its buttons are htmx forms that swap in the timer's new state.
// This script ticks the studied time between answers from the server, sends a heartbeat every
// minute while the timer runs (the server decides what it is worth), sends one more when the page
// is hidden or left, and keeps the keyboard focus on the timer's buttons as they change.
(function () {
  var NEXT = { start: 'pause', pause: 'start', stop: 'start' };
  var syncedAt = Date.now();
  var beating = null;
  var focusAfterSwap = null;

  function timer() { return document.querySelector('#study-timer .timer'); }

  function running() {
    var shown = timer();
    return shown !== null && shown.getAttribute('data-status') === 'RUNNING';
  }

  function number(name) { return Number(timer().getAttribute('data-' + name)); }

  function two(value) { return (value < 10 ? '0' : '') + value; }

  function clock(seconds) {
    seconds = Math.floor(seconds);
    return Math.floor(seconds / 3600) + ':' + two(Math.floor(seconds % 3600 / 60)) + ':' + two(seconds % 60);
  }

  // What the server counted, plus the time since it answered while the timer runs (never more
  // than a heartbeat could count: a sleeping laptop's hours are not shown as study time).
  function render() {
    var shown = timer();
    if (!shown) { return; }
    var studied = number('studied');
    if (running()) { studied += Math.min((Date.now() - syncedAt) / 1000, number('cap')); }
    shown.querySelector('.timer-studied').textContent = clock(studied);
    shown.querySelector('.timer-progress').value = Math.min(studied, number('goal'));
  }

  function heartbeatForm() { return document.querySelector('#study-timer .timer-heartbeat'); }

  function csrf() {
    var token = heartbeatForm().querySelector('input[type="hidden"]');
    var values = {};
    if (token) { values[token.name] = token.value; }
    return values;
  }

  function heartbeat() {
    if (!running()) { return; }
    htmx.ajax('POST', heartbeatForm().getAttribute('action'), { target: '#study-timer', swap: 'innerHTML', values: csrf() });
  }

  // The page is being hidden or left: count the time up to now, even if the page is gone by the answer.
  function lastHeartbeat() {
    if (!running()) { return; }
    var body = new URLSearchParams(csrf());
    // as htmx would: the answer is the timer's fragment, not a redirect to a whole page nobody will see
    fetch(heartbeatForm().getAttribute('action'), {
      method: 'POST', body: body, keepalive: true, credentials: 'same-origin', headers: { 'HX-Request': 'true' }
    })
      .catch(function () { /* the next heartbeat counts it, up to the cap */ });
  }

  // After the server answered: start from its figures, beat while running, tell screen readers.
  function synced() {
    syncedAt = Date.now();
    if (beating) { clearInterval(beating); beating = null; }
    if (running()) { beating = setInterval(heartbeat, number('heartbeat') * 1000); }
    render();
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'study-timer') { return; }
    var active = document.activeElement;
    var action = active && active.closest && active.closest('#study-timer') ? active.getAttribute('data-timer-action') : null;
    // a button pressed moves the focus to what comes next; a heartbeat leaves it where it was
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    var pressed = source && source.tagName === 'FORM' && source.contains(active);
    focusAfterSwap = action && pressed ? NEXT[action] : action;
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    if (!event.detail.target || event.detail.target.id !== 'study-timer') { return; }
    synced();
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

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { lastHeartbeat(); } else { heartbeat(); }
  });
  window.addEventListener('pagehide', lastHeartbeat);

  synced();
  setInterval(render, 1000);
})();
