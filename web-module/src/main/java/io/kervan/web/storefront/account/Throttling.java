package io.kervan.web.storefront.account;

import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An account form refused by a throttle (too many failed sign-ins, too many reset mails asked for): the form comes
 * back as a 429 with Retry-After, its error saying in whole minutes how long to wait.
 */
final class Throttling {

    private Throttling() {
    }

    /** Sets Retry-After; the error to show on {@code field}, its text {@code key} with the minutes to wait. */
    static FormErrors refused(HttpServletResponse response, TooManyRequestsException limited, Texts texts,
                              String field, String key) {
        long seconds = Math.max(1, limited.retryAfter().toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        return new FormErrors().add(field, texts.text(key, (seconds + 59) / 60));
    }
}
