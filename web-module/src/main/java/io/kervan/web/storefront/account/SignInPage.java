package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.domain.IdentityError;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.web.identity.CustomerSignInRequest;
import io.kervan.web.storefront.FormValues;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.form.FormCheck;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.http.LocalPath;
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
 * {@code /account/sign-in?next=…}: a customer signs in with their email and password, checked by the same service and
 * throttle as {@code POST /api/auth/login/} (too many failures are a 429 page that says how long to wait). Errors come
 * back the GOV.UK way (a summary linking to the field, the email kept, 422); success puts the token in the cookie,
 * merges this browser's cart into the customer's and goes on to {@code next} (a path on this shop), else the account.
 */
@WebServlet(SignInPage.PATH)
public class SignInPage extends HttpServlet {

    public static final String PATH = "/account/sign-in";
    public static final FormCheck CHECK = new FormCheck(List.of("email", "password"), Map.of(), "account.error.");

    @Inject
    AuthenticationService authentication;

    @Inject
    SignInRendering rendering;

    @Inject
    SessionStart sessionStart;

    @Inject
    CustomerSession session;

    @Inject
    Validator validator;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = next(request);
        if (session.customer().isPresent()) {
            pages.seeOther(response, LocalPath.orElse(next, AccountPage.PATH));
            return;
        }
        rendering.show(response, 200, "", next, new FormErrors(), rendering.notice(request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = FormValues.text(request, "email");
        String password = FormValues.secret(request, "password");
        String next = next(request);
        FormErrors errors = CHECK.check(validator, new CustomerSignInRequest(email, password, null), visit.texts());
        if (!errors.isEmpty()) {
            rendering.show(response, 422, email, next, errors, null);
            return;
        }
        AccessToken token;
        try {
            token = authentication.signInCustomer(email, password, request.getRemoteAddr());
        } catch (TooManyRequestsException limited) {
            rendering.throttled(response, limited, email, next, "email");
            return;
        } catch (KervanException refused) {
            if (refused.errorCode() != IdentityError.INVALID_CREDENTIALS) {
                throw refused;
            }
            rendering.show(response, 422, email, next,
                    new FormErrors().add("email", visit.texts().text("account.error.credentials")), null);
            return;
        }
        sessionStart.complete(token, next, AccountPage.PATH, response);
    }

    /** Where to go after signing in, if the visitor was sent here from a page (a local path only). */
    static String next(HttpServletRequest request) {
        return LocalPath.of(request.getParameter("next")).orElse("");
    }
}
