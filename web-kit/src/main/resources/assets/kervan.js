// Kervan's pages work without this file; it only makes them smoother.
(function () {
  'use strict';

  // A form marked data-once is sent once: a second click (or Enter) while the first is on its way does nothing,
  // and its buttons are disabled once the browser has taken the first submission (disabling them earlier would
  // drop the clicked button's name and value from it).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-once')) {
      return;
    }
    if (form.getAttribute('data-sent') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sent', 'true');
    setTimeout(function () {
      form.querySelectorAll('button[type=submit], button:not([type])').forEach(function (button) {
        button.disabled = true;
        button.setAttribute('aria-disabled', 'true');
      });
    }, 0);
  }, true);

  // The error summary of a form that came back with errors takes the focus, so screen readers announce it first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
