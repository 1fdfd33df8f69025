// The report's Print button: the page's print styles leave out the navigation and the players.
(function () {
  var button = document.getElementById('mock-print');
  if (button) { button.addEventListener('click', function () { window.print(); }); }
})();
