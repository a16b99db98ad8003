package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.identity.PasswordResetConfirmation;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.FormValues;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.form.FormCheck;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /account/reset-password?token=…}, the page the reset mail links to: the customer chooses a new password,
 * set by the service of {@code POST /api/auth/password-reset/confirm/}. The link works once, for a while: its use
 * ends every earlier token of the account, and the customer is signed in here with a fresh one. A used, expired or
 * unknown link says so and offers to send a new one.
 */
@WebServlet("/account/reset-password")
public class ResetPasswordPage extends HttpServlet {

    public static final FormCheck CHECK = new FormCheck(List.of("new_password"), Map.of("newPassword", "new_password"),
            "account.error.");
    private static final int MAX_TOKEN = 100;

    /** The page's model; {@code token} null when the link cannot work (none, used, expired). */
    public record View(String token, FormErrors errors) {

        public boolean linkWorks() {
            return token != null;
        }
    }

    @Inject
    PasswordResets resets;

    @Inject
    SessionStart sessionStart;

    @Inject
    Validator validator;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        show(response, token == null ? 404 : 200, new View(token, new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String password = FormValues.secret(request, "new_password");
        if (token == null) {
            show(response, 400, new View(null, new FormErrors()));
            return;
        }
        FormErrors errors = CHECK.check(validator, new PasswordResetConfirmation(token, password), visit.texts());
        if (!errors.isEmpty()) {
            show(response, 422, new View(token, errors));
            return;
        }
        AccessToken signedIn;
        try {
            signedIn = resets.confirm(Realm.CUSTOMER, token, password);
        } catch (KervanException refused) {
            if (refused.errorCode() != IdentityError.INVALID_RESET_TOKEN) {
                throw refused;
            }
            show(response, 400, new View(null, new FormErrors()));
            return;
        }
        sessionStart.complete(signedIn, "", Notices.withNotice(AccountPage.PATH, "password_reset"), response);
    }

    private static String token(HttpServletRequest request) {
        String token = FormValues.text(request, "token");
        return token.isEmpty() || token.length() > MAX_TOKEN ? null : token;
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        // The link's secret is on this page: no cache keeps it.
        response.setHeader("Cache-Control", "no-store");
        Meta meta = Meta.personal(visit.texts().text(view.linkWorks() ? "reset.title" : "reset.invalid.title"));
        pages.page(response, status, "shop/account/resetPassword.jte",
                view.errors().isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ACCOUNT, view);
    }
}
