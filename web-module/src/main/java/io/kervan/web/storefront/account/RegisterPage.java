package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.NewCustomer;
import io.kervan.identity.domain.IdentityError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.identity.RegisterRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /account/register}: a shopper opens an account with their name, email, an optional phone number and a
 * password, checked by the rules of {@code POST /api/auth/register/} and created by the same service; they are then
 * signed in (their cart comes along) and go on to {@code next}, else their account. An email that already has an
 * account says so on the field.
 */
@WebServlet("/account/register")
public class RegisterPage extends HttpServlet {

    static final List<String> FIELDS = List.of("first_name", "last_name", "email", "phone", "password");
    public static final FormCheck CHECK = new FormCheck(FIELDS, Map.of("firstName", "first_name",
            "lastName", "last_name"), "account.error.");

    /** The page's model: what was typed (never the password), and what is wrong with it. */
    public record View(Map<String, String> values, String next, FormErrors errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @Inject
    AuthenticationService authentication;

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
        show(response, 200, new View(Map.of(), SignInPage.next(request), new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("first_name", "last_name", "email")) {
            values.put(field, FormValues.text(request, field));
        }
        values.put("phone", FormValues.phone(request, "phone"));
        String password = FormValues.secret(request, "password");
        String next = SignInPage.next(request);
        String phone = values.get("phone").isEmpty() ? null : values.get("phone");
        RegisterRequest registration = new RegisterRequest(values.get("email"), password, values.get("first_name"),
                values.get("last_name"), phone);
        FormErrors errors = CHECK.check(validator, registration, visit.texts());
        if (!errors.isEmpty()) {
            show(response, 422, new View(values, next, errors));
            return;
        }
        AccessToken token;
        try {
            token = authentication.registerCustomer(new NewCustomer(registration.email(), password,
                    registration.firstName(), registration.lastName(), phone));
        } catch (KervanException refused) {
            if (refused.errorCode() != IdentityError.EMAIL_TAKEN) {
                throw refused;
            }
            show(response, 422, new View(values, next,
                    new FormErrors().add("email", visit.texts().text("account.error.email.taken"))));
            return;
        }
        sessionStart.complete(token, next, Notices.withNotice(AccountPage.PATH, "registered"), response);
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        Meta meta = Meta.personal(visit.texts().text("register.title"));
        pages.page(response, status, "shop/account/register.jte",
                view.errors().isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ACCOUNT, view);
    }
}
