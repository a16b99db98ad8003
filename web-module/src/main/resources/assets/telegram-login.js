// The sign-in page's Telegram button, only on shops that connected a bot. No script of Telegram's runs here: this one
// opens Telegram's login window (oauth.telegram.org, the page Telegram's own widget opens) and waits for the message
// that window sends back to its opener, the user's data signed with the shop's bot token. It is posted unchanged, with
// this page's form token, to /account/telegram, which checks the signature; the page's CSP stays 'self' only.
(function () {
  'use strict';

  var TELEGRAM = 'https://oauth.telegram.org';

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('telegram');
    var form = document.getElementById('telegram-form');
    if (!button || !form) {
      return;
    }
    var popup = null;
    button.hidden = false;
    window.addEventListener('message', function (event) {
      if (event.origin !== TELEGRAM || !popup || event.source !== popup) {
        return; // only the window this page opened speaks for Telegram
      }
      var data;
      try {
        data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      } catch (notJson) {
        return;
      }
      if (!data || data.event !== 'auth_result' || !data.result) {
        return;
      }
      popup.close();
      popup = null;
      form.elements.telegram_data.value = JSON.stringify(data.result);
      form.submit();
    });
    button.addEventListener('click', function () {
      var address = TELEGRAM + '/auth?bot_id=' + encodeURIComponent(button.getAttribute('data-bot-id'))
        + '&origin=' + encodeURIComponent(location.origin) + '&request_access=write'
        + '&lang=' + encodeURIComponent(button.getAttribute('data-lang'));
      var width = 550;
      var height = 470;
      var left = Math.max(0, (screen.width - width) / 2);
      var top = Math.max(0, (screen.height - height) / 2);
      popup = window.open(address, 'telegram_oauth', 'width=' + width + ',height=' + height + ',left=' + left
        + ',top=' + top + ',status=0,location=0,menubar=0,toolbar=0');
      if (!popup) {
        location.href = address + '&return_to=' + encodeURIComponent(location.href); // popups blocked
      }
    });
  });
})();
