package io.kervan.web.storefront.account;

import io.kervan.identity.application.TelegramSignIn;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.render.Meta;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Draws the sign-in page for {@link SignInPage} and {@link TelegramSignInAction}: the email and password form, and
 * Telegram's button when the shop has connected a bot. Its script is Kervan's own ({@code telegram-login.js}, from
 * this host like every other): it opens Telegram's login window and posts the signed data that window hands back to
 * {@link TelegramSignInAction}, so the page's Content-Security-Policy names no third party.
 */
@RequestScoped
public class SignInRendering {

    /** The page's model; {@code telegramBotId} is null when the shop offers no Telegram sign-in. */
    public record View(String email, String next, FormErrors errors, String notice, String telegramBotId) {

        public boolean hasTelegram() {
            return telegramBotId != null;
        }
    }

    @Inject
    TelegramSignIn telegram;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    public void show(HttpServletResponse response, int status, String email, String next, FormErrors errors,
                     String notice) throws IOException {
        String botId = telegram.loginBotId().orElse(null);
        Meta meta = Meta.personal(visit.texts().text("signin.title"));
        pages.page(response, status, "shop/account/signIn.jte",
                errors.isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ACCOUNT, new View(email, next, errors, notice, botId));
    }

    /** Too many failed sign-ins: the page again, saying how long to wait (and Retry-After), as a 429. */
    public void throttled(HttpServletResponse response, TooManyRequestsException limited, String email, String next,
                          String field) throws IOException {
        show(response, 429, email, next,
                Throttling.refused(response, limited, visit.texts(), field, "signin.throttled"), null);
    }

    /** The text key of the notice the address names ({@code ?notice=signed_out}), or null. */
    public String notice(HttpServletRequest request) {
        return Notices.notice(request, visit.texts());
    }
}
