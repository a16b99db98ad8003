package io.kervan.web.storefront.account;

import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.web.identity.PasswordResetRequest;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.FormValues;
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
 * {@code /account/forgot-password}: a customer asks for a link to set a new password. The service of
 * {@code POST /api/auth/password-reset/} mails it ({@code /account/reset-password?token=…}) if the address has an
 * account here; the page answers the same either way, so it tells nobody whether an address has one. Too many asks
 * from one address are a 429 page.
 */
@WebServlet("/account/forgot-password")
public class ForgotPasswordPage extends HttpServlet {

    public static final FormCheck CHECK = new FormCheck(List.of("email"), Map.of(), "account.error.");

    /** The page's model; {@code sent} once the request is taken (the same whether the address has an account). */
    public record View(String email, boolean sent, FormErrors errors) {
    }

    @Inject
    PasswordResets resets;

    @Inject
    Validator validator;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(response, 200, new View("", false, new FormErrors()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = FormValues.text(request, "email");
        FormErrors errors = CHECK.check(validator, new PasswordResetRequest(email), visit.texts());
        if (!errors.isEmpty()) {
            show(response, 422, new View(email, false, errors));
            return;
        }
        try {
            resets.request(Realm.CUSTOMER, email, request.getRemoteAddr());
        } catch (TooManyRequestsException limited) {
            show(response, 429, new View(email, false,
                    Throttling.refused(response, limited, visit.texts(), "email", "forgot.throttled")));
            return;
        }
        show(response, 200, new View(email, true, new FormErrors()));
    }

    private void show(HttpServletResponse response, int status, View view) throws IOException {
        Meta meta = Meta.personal(visit.texts().text(view.sent() ? "forgot.sent.title" : "forgot.title"));
        pages.page(response, status, "shop/account/forgotPassword.jte",
                view.errors().isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ACCOUNT, view);
    }
}
