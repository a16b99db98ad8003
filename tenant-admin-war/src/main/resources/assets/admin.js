// The panel works without this file; it only adds what needs a script, such as copy buttons.
(function () {
  'use strict';

  // A button marked data-copy copies the value of the field it names and says so in its status region. Without a
  // script the button stays hidden and the field, read-only, can be selected and copied by hand.
  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value);
    }
    field.select();
    return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById(button.getAttribute('data-copy') + '-status');
      if (!field) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        copy(field).then(function () {
          status.textContent = button.getAttribute('data-copied');
        }, function () {
          field.select();
        });
      });
    });
  });
})();
