// Kervan's card page: once the card number's first six digits are typed, ask which installments the card is offered
// for this payment and show them as radio buttons. Without this script the page's "show installment options" button
// does the same through the server.
(function () {
  'use strict';
  var form = document.querySelector('form[data-installments]');
  if (!form || !window.fetch) {
    return;
  }
  var number = form.querySelector('[name=card_number]');
  var group = form.querySelector('#installment-options');
  var status = form.querySelector('#installment-status');
  var show = form.querySelector('#show-installments');
  var pay = form.querySelector('#pay');
  var asked = null;
  if (show) {
    // the options come by themselves now; and Enter in a field should pay, not ask again
    show.remove();
  }

  function text(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
  }

  function radio(option, currency, checked) {
    var label = document.createElement('label');
    label.className = 'choice';
    var input = document.createElement('input');
    input.type = 'radio';
    input.name = 'installment_count';
    input.value = String(option.count);
    input.checked = checked;
    input.dataset.total = option.total;
    label.appendChild(input);
    label.appendChild(document.createTextNode(' ' + (option.count === 1
      ? text(form.dataset.single, [option.total, currency])
      : text(form.dataset.option, [option.count, option.monthly, currency, option.total]))));
    return label;
  }

  function payFor(total, currency) {
    if (pay) {
      pay.textContent = text(form.dataset.pay, [total, currency]);
    }
  }

  function fill(answer) {
    var chosen = form.querySelector('input[name=installment_count]:checked');
    var keep = chosen ? chosen.value : '1';
    var currency = form.dataset.currency;
    group.textContent = '';
    var offered = answer.options.some(function (o) { return String(o.count) === keep; });
    answer.options.forEach(function (option) {
      group.appendChild(radio(option, currency, String(option.count) === (offered ? keep : '1')));
    });
    var now = group.querySelector('input:checked');
    payFor(now.dataset.total, currency);
    status.textContent = answer.options.length > 1 ? form.dataset.found : form.dataset.none;
  }

  function ask() {
    var digits = number.value.replace(/[\s-]/g, '');
    if (!/^\d{6}/.test(digits)) {
      return;
    }
    var bin = digits.substring(0, 6);
    if (bin === asked) {
      return;
    }
    asked = bin;
    fetch(form.dataset.installments + '?bin=' + bin, {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (answer && asked === bin) {
          fill(answer);
        }
      })
      .catch(function () { asked = null; });
  }

  number.addEventListener('input', ask);
  group.addEventListener('change', function (event) {
    if (event.target.name === 'installment_count') {
      payFor(event.target.dataset.total, form.dataset.currency);
    }
  });
  ask();
}());
