package io.kervan.web.payments;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few pages Kervan serves to shoppers during a payment (the sandbox gateway's, the card page): plain HTML in the
 * shopper's language ({@code DisplayLocale}: their Accept-Language, else the shop's), from
 * {@code io/kervan/web/payments/pages*.properties} (English when the language has none).
 */
final class HtmlPages {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The pages' texts in one language, escaped for HTML. */
    record Texts(Locale locale, ResourceBundle bundle) {

        String get(String key, Object... values) {
            return escape(new MessageFormat(bundle.getString(key), locale).format(values));
        }
    }

    private HtmlPages() {
    }

    static Texts texts(Locale locale) {
        return new Texts(locale, ResourceBundle.getBundle("io.kervan.web.payments.pages", locale,
                HtmlPages.class.getClassLoader(), NO_JVM_FALLBACK));
    }

    /** A whole page; {@code title} and {@code body} are HTML (texts from {@link Texts#get} are escaped). */
    static String page(Texts texts, String title, String body) {
        return "<!doctype html><html lang=" + texts.bundle().getLocale().getLanguage().replaceFirst("^$", "en")
                + "><head><meta charset=utf-8><title>" + title + "</title>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<style>" + STYLE + "</style></head><body><main><h1>" + title + "</h1>" + body
                + "</main></body></html>";
    }

    /**
     * The storefront's look (web-kit's kervan.css colours) in a few rules, inline so that a payment page needs no other
     * request: one column on a phone, a card on a wider screen, fields and the pay button full width.
     */
    private static final String STYLE = "body{margin:0;padding:1rem;background:#f3f2f1;color:#1b1b1b;"
            + "font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}"
            + "main{max-width:30rem;margin:1rem auto;background:#fff;padding:1.25rem 1.5rem;border-radius:6px;"
            + "box-shadow:0 1px 3px rgba(0,0,0,.15)}h1{font-size:1.5rem;margin:0 0 .25rem;color:#1c5d99}"
            + "p{overflow-wrap:anywhere}.amount{font-size:2rem;font-weight:700;margin:.25rem 0 1rem}"
            + "label{display:block;margin:.75rem 0;font-weight:600}"
            + "input:not([type=radio]):not([type=checkbox]){display:block;box-sizing:border-box;width:100%;"
            + "margin-top:.25rem;padding:.6rem;font:inherit;font-weight:400;border:1px solid #505a5f;border-radius:6px}"
            + "input:focus,button:focus{outline:3px solid #ffdd00;outline-offset:1px}"
            + "fieldset{border:1px solid #b1b4b6;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}"
            + "legend{font-weight:600;padding:0 .25rem}.choice{display:flex;gap:.6rem;align-items:center;"
            + "font-weight:400;margin:.5rem 0}.choice input{width:1.3rem;height:1.3rem;flex:none}"
            + "button{font:inherit;font-weight:600;padding:.7rem 1.2rem;margin:.5rem .5rem .5rem 0;border:0;"
            + "border-radius:6px;background:#1c5d99;color:#fff;cursor:pointer}"
            + "button[value=installments]{background:#fff;color:#1c5d99;border:2px solid #1c5d99}"
            + "#pay{display:block;width:100%;font-size:1.15rem;margin:1.25rem 0 0}h2{font-size:1.2rem;margin:1.25rem 0 0}"
            + ".saved-card{border:1px solid #b1b4b6;border-radius:6px;padding:.25rem 1rem;margin:.75rem 0}"
            + ".saved-card fieldset{border:0;padding:0;margin:.5rem 0}";

    /** The content type of every page: the texts are not all ASCII. */
    static final jakarta.ws.rs.core.MediaType HTML = jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
