package io.kervan.admin.session;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /admin/forgot-password}: a member asks for a reset link by email, as with the API: the answer is the same
 * whether the address has an account or not, and the service limits how many are sent.
 */
@WebServlet("/forgot-password")
public class ForgotPasswordPage extends HttpServlet {

    public record View(String email, boolean sent, FormErrors errors) {
    }

    @Inject
    PasswordResets resets;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(response, 200, new View("", "sent".equals(request.getParameter("done")), new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = SignInPage.text(request, "email", 254).strip();
        if (email.isEmpty() || !email.contains("@")) {
            show(response, 422, new View(email, false,
                    new FormErrors().add("email", visit.texts().text("forgot.email.missing"))));
            return;
        }
        try {
            resets.request(Realm.STAFF, email, request.getRemoteAddr());
            pages.seeOther(response, AdminPanel.BASE + "/forgot-password?done=sent");
        } catch (TooManyRequestsException limited) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
            show(response, 429, new View(email, false, new FormErrors().add("email",
                    visit.texts().text("forgot.limited", Math.max(1, limited.retryAfter().toMinutes())))));
        }
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        pages.page(response, status, "admin/forgotPassword.jte", null, view, "forgot.title");
    }
}
