package io.kervan.devkit.simulators;

import java.util.Map;

import static io.kervan.devkit.simulators.SimpleXml.escape;

/**
 * The pages the iyzico and PAYNET simulators show a shopper's browser: plain HTML forms that work without a script,
 * and the auto-submitting form a provider uses to post a result to the shop (a browser submits it on load; a test
 * reads its action and fields and posts them itself).
 */
final class SimulatorPages {

    private SimulatorPages() {
    }

    /** A page whose form posts {@code fields} to {@code action} by itself, with a button when scripts are off. */
    static String autoPost(String title, String action, Map<String, String> fields) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=hidden name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value == null ? "" : value)).append("\">"));
        return page(title, "<form id=result method=post action=\"" + escape(action) + "\">" + inputs
                + "<noscript><button>Continue</button></noscript></form>"
                + "<script>document.getElementById('result').submit();</script>");
    }

    /** The bank's 3-D Secure step: a masked card, an amount, and a password field posted to {@code action}. */
    static String passwordPage(String bank, String action, String maskedCard, String amount) {
        return page(bank + " 3-D Secure", "<h1>" + escape(bank) + " 3-D Secure</h1>"
                + "<p>Card <strong>" + escape(maskedCard) + "</strong>, amount <strong>" + escape(amount)
                + "</strong></p><form method=post action=\"" + escape(action) + "\">"
                + "<label for=password>SMS password</label> <input id=password name=password type=password "
                + "autocomplete=one-time-code inputmode=numeric required> <button>Confirm</button></form>");
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=tr><head><meta charset=utf-8><title>" + escape(title)
                + "</title></head><body>" + body + "</body></html>";
    }
}
