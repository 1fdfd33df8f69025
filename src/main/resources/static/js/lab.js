// The lab page's SQL editor: CodeMirror (served from this application) over the form's textarea,
// which stays the source of truth, so the page works without it. Ctrl+Enter (Cmd+Enter) runs the
// query, Ctrl+Shift+Enter submits it; Tab leaves the editor (Ctrl+] indents) so that the keyboard
// is never trapped.
(function () {
  var textarea = document.getElementById('sql');
  var run = document.getElementById('run');
  var submit = document.getElementById('submit');
  if (!textarea || !run || !submit) { return; }

  function press(button) {
    if (editor) { editor.save(); }
    button.click();
  }

  var editor = null;
  if (window.CodeMirror) {
    editor = window.CodeMirror.fromTextArea(textarea, {
      mode: 'text/x-pgsql',
      lineNumbers: true,
      lineWrapping: true,
      indentUnit: 2,
      screenReaderLabel: textarea.labels && textarea.labels[0] ? textarea.labels[0].textContent : 'SQL',
      extraKeys: {
        'Ctrl-Enter': function () { press(run); },
        'Cmd-Enter': function () { press(run); },
        'Shift-Ctrl-Enter': function () { press(submit); },
        'Shift-Cmd-Enter': function () { press(submit); },
        'Tab': false,
        'Shift-Tab': false,
        'Ctrl-]': 'indentMore',
        'Ctrl-[': 'indentLess'
      }
    });
    editor.on('change', function () { editor.save(); });
    var help = document.getElementById('editor-help');
    if (help) { editor.getInputField().setAttribute('aria-describedby', 'editor-help'); }
  } else {
    textarea.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        press(event.shiftKey ? submit : run);
      }
    });
  }
})();
