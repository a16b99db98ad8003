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
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{margin:.3rem}"
                + ".amount{font-size:2rem}label{display:block;margin:.6rem 0}input{display:block;padding:.3rem}"
                + ".choice{display:flex;gap:.5rem;align-items:center}.choice input{width:1.3rem;height:1.3rem}"
                + ".saved-card{border:1px solid #767676;border-radius:.4rem;padding:.6rem;margin:.6rem 0}"
                + "fieldset{border:0;padding:0;margin:0}legend{font-weight:bold}h2{font-size:1.2rem}"
                + "</style></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }

    /** The content type of every page: the texts are not all ASCII. */
    static final jakarta.ws.rs.core.MediaType HTML = jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
