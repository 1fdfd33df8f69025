// Autosave of a written answer: htmx posts the draft while the learner types (see write.html).
// When a save fails (offline, server busy), say so; the text stays and the next change saves it.
(function () {
  function unsaved(event) {
    var text = event.detail && event.detail.elt;
    var status = document.getElementById('draft-status');
    if (text && text.id === 'text' && status) {
      status.textContent = text.getAttribute('data-unsaved');
    }
  }
  document.addEventListener('htmx:responseError', unsaved);
  document.addEventListener('htmx:sendError', unsaved);
})();
