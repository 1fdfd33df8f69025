// Taking a self-test by keyboard: number keys choose an option, C changes how sure you are, Enter
// saves and moves on (the form posts; the server keeps every response, so a reload resumes the
// attempt). The countdown shows the server's deadline; when it passes, the page reloads and shows
// what the server did: it submitted the attempt as it stood.
(function () {
  var form = document.getElementById('item-form');

  function typing(target) {
    var tag = (target && target.tagName) || '';
    return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && target.type === 'text');
  }

  if (form) {
    var first = form.querySelector('input[name="text"], input[name="choice"]:checked, input[name="choice"]');
    if (first) { first.focus(); }

    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || typing(event.target)) { return; }
      if (/^[1-9]$/.test(event.key)) {
        var option = form.querySelector('input[data-option="' + event.key + '"]');
        if (option) {
          event.preventDefault();
          option.checked = option.type === 'checkbox' ? !option.checked : true;
          option.focus();
        }
        return;
      }
      if (event.key === 'c' || event.key === 'C') {
        var levels = Array.prototype.slice.call(form.querySelectorAll('input[data-certainty]'));
        var current = levels.findIndex(function (level) { return level.checked; });
        var next = levels[(current + 1) % levels.length];
        event.preventDefault();
        next.checked = true;
        next.focus();
        return;
      }
      if (event.key === 'Enter' && !form.contains(event.target)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });

    // Enter on a checkbox or radio button does not submit a form by itself: make it.
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && event.target && event.target.tagName === 'INPUT'
          && (event.target.type === 'checkbox' || event.target.type === 'radio')) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  var countdown = document.querySelector('.countdown');
  if (countdown) {
    var deadline = Date.parse(countdown.getAttribute('data-deadline'));
    var value = countdown.querySelector('.countdown-value');
    var announcement = document.getElementById('countdown-announcement');
    var announced = {};
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      value.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
      countdown.classList.toggle('ending', left <= 60);
      if (left <= 300 && left > 60 && !announced.five) {
        announced.five = true;
        announcement.textContent = countdown.getAttribute('data-five');
      }
      if (left <= 60 && left > 0 && !announced.minute) {
        announced.minute = true;
        announcement.textContent = countdown.getAttribute('data-minute');
      }
      if (left === 0) {
        // the server has submitted the attempt (or will on this request): show its report
        window.setTimeout(function () { window.location.reload(); }, 1000);
        return;
      }
      window.setTimeout(tick, 1000 - (Date.now() % 1000));
    };
    tick();
  }
})();
