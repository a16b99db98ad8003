package io.kervan.admin.session;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.PasswordHash;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /admin/reset-password?token=…}: where the staff reset mail links to. The member chooses a new password
 * (typed twice); the link's rules are the service's (once, in time, this shop, staff). Afterwards every earlier token
 * of theirs has ended and they are signed in with a new one.
 */
@WebServlet("/reset-password")
public class ResetPasswordPage extends HttpServlet {

    /** {@code invalid}: the link cannot be used (used, expired, unknown); the page then offers to ask for another. */
    public record View(String token, boolean invalid, int minLength, FormErrors errors) {
    }

    private static final int LONGEST_TOKEN = 100;

    @Inject
    PasswordResets resets;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = SignInPage.text(request, "token", LONGEST_TOKEN);
        show(response, 200, new View(token, token.isBlank(), PasswordHash.MIN_LENGTH, new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = SignInPage.text(request, "token", LONGEST_TOKEN);
        String password = SignInPage.text(request, "password", PasswordHash.MAX_LENGTH + 1);
        String again = SignInPage.text(request, "password_again", PasswordHash.MAX_LENGTH + 1);
        FormErrors errors = new FormErrors();
        if (!password.equals(again)) {
            errors.add("password_again", visit.texts().text("reset.mismatch"));
            show(response, 422, new View(token, false, PasswordHash.MIN_LENGTH, errors));
            return;
        }
        try {
            AccessToken signedIn = resets.confirm(Realm.STAFF, token, password);
            SessionCookie.keep(request, response, signedIn);
            pages.seeOther(response, AdminPanel.BASE + "/?done=password_reset");
        } catch (KervanException refused) {
            if (refused.errorCode() == IdentityError.WEAK_PASSWORD) {
                errors.add("password", visit.texts().text("reset.weak", PasswordHash.MIN_LENGTH,
                        PasswordHash.MAX_LENGTH));
                show(response, 422, new View(token, false, PasswordHash.MIN_LENGTH, errors));
            } else if (refused.errorCode() == IdentityError.INVALID_RESET_TOKEN) {
                show(response, 400, new View(token, true, PasswordHash.MIN_LENGTH, errors));
            } else {
                throw refused;
            }
        }
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        pages.page(response, status, "admin/resetPassword.jte", null, view, "reset.title");
    }
}
