// Dark mode follows the system until the learner chooses; the choice is kept in this browser.
(function () {
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) { /* storage may be disabled */ }
  if (stored === 'dark' || stored === 'light') {
    root.setAttribute('data-theme', stored);
  }

  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) {
      return chosen;
    }
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function render(button) {
    var dark = current() === 'dark';
    button.setAttribute('aria-pressed', String(dark));
    var label = button.querySelector('.theme-label') || button;
    label.textContent = dark ? button.dataset.labelLight : button.dataset.labelDark;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) {
      return;
    }
    render(button);
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) { /* keep it for this page only */ }
      render(button);
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () { render(button); });
  });
})();
