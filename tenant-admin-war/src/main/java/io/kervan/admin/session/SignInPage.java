package io.kervan.admin.session;

import io.kervan.admin.AdminPages;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.domain.IdentityError;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /admin/sign-in}: staff sign in with the accounts, throttle and tokens of the API's staff sign-in; the token
 * goes into the panel's session cookie and the member on to the page they had asked for ({@code next}). Why they are
 * here is said above the form: their session ended, they signed out, they set a new password.
 */
@WebServlet("/sign-in")
public class SignInPage extends HttpServlet {

    /** The form as it was sent, and what to say above it. */
    public record View(String email, String next, String noticeKey, FormErrors errors) {
    }

    @Inject
    AuthenticationService authentication;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = ReturnPath.safe(request.getParameter("next"));
        if (visit.session() != null) {
            pages.seeOther(response, next);
            return;
        }
        String notice = request.getParameter("ended") != null ? "signin.ended"
                : "signed_out".equals(request.getParameter("done")) ? "signin.signed_out" : null;
        show(response, 200, new View("", next, notice, new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = text(request, "email", 254);
        String password = text(request, "password", 128);
        String next = ReturnPath.safe(request.getParameter("next"));
        FormErrors errors = new FormErrors();
        if (email.isBlank()) {
            errors.add("email", visit.texts().text("signin.email.missing"));
        }
        if (password.isEmpty()) {
            errors.add("password", visit.texts().text("signin.password.missing"));
        }
        if (!errors.isEmpty()) {
            show(response, 422, new View(email, next, null, errors));
            return;
        }
        try {
            AccessToken token = authentication.signInStaff(email, password, request.getRemoteAddr());
            SessionCookie.keep(request, response, token);
            pages.seeOther(response, next);
        } catch (TooManyRequestsException locked) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
            errors.add("email", visit.texts().text("signin.locked",
                    Math.max(1, (locked.retryAfter().toSeconds() + 59) / 60)));
            show(response, 429, new View(email, next, null, errors));
        } catch (KervanException refused) {
            if (refused.errorCode() != IdentityError.INVALID_CREDENTIALS) {
                throw refused;
            }
            errors.add("email", visit.texts().text("signin.wrong"));
            show(response, 401, new View(email, next, null, errors));
        }
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        pages.page(response, status, "admin/signIn.jte", null, view, "signin.title");
    }

    /** A field as typed, cut to the longest the service accepts (it refuses nothing longer any differently). */
    static String text(HttpServletRequest request, String name, int longest) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        return value.length() > longest ? value.substring(0, longest) : value;
    }
}
