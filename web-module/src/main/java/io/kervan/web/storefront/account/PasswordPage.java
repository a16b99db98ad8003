package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AccountSecurity;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.web.identity.PasswordChangeRequest;
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
import java.util.Optional;

/**
 * {@code /account/password}: the signed-in customer sets a new password, proving the current one, through the service
 * of {@code POST /api/auth/password/}: every other token of theirs ends (other devices are signed out) and this
 * browser gets a fresh one. A wrong current password counts towards the sign-in throttle. A customer who signs in with
 * Telegram only has no password to change, and the page says so.
 */
@WebServlet("/account/password")
public class PasswordPage extends HttpServlet {

    public static final FormCheck CHECK = new FormCheck(List.of("current_password", "new_password"),
            Map.of("currentPassword", "current_password", "newPassword", "new_password"), "account.error.");

    /** The page's model; {@code noPassword} for a customer who signs in with Telegram only. */
    public record View(boolean noPassword, FormErrors errors) {
    }

    @Inject
    AccountSecurity security;

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
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isPresent()) {
            show(response, 200, new View(customer.get().email() == null, new FormErrors()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        String current = FormValues.secret(request, "current_password");
        String fresh = FormValues.secret(request, "new_password");
        FormErrors errors = CHECK.check(validator, new PasswordChangeRequest(current, fresh), visit.texts());
        if (!errors.isEmpty()) {
            show(response, 422, new View(false, errors));
            return;
        }
        AccessToken token;
        try {
            token = security.changePassword(Realm.CUSTOMER, customer.get().id(), current, fresh,
                    request.getRemoteAddr());
        } catch (TooManyRequestsException limited) {
            show(response, 429, new View(false, Throttling.refused(response, limited, visit.texts(),
                    "current_password", "signin.throttled")));
            return;
        } catch (KervanException refused) {
            if (refused.errorCode() == IdentityError.NO_PASSWORD) {
                show(response, 409, new View(true, new FormErrors()));
                return;
            }
            if (refused.errorCode() != IdentityError.WRONG_CURRENT_PASSWORD) {
                throw refused;
            }
            show(response, 422, new View(false, new FormErrors().add("current_password",
                    visit.texts().text("account.error.current_password.wrong"))));
            return;
        }
        session.begin(token);
        pages.seeOther(response, Notices.withNotice(AccountPage.PATH, "password_changed"));
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        Meta meta = Meta.personal(visit.texts().text("password.title"));
        pages.page(response, status, "shop/account/password.jte",
                view.errors().isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ACCOUNT, view);
    }
}
