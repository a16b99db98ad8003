package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.TelegramSignIn;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.web.identity.TelegramWidgetData;
import io.kervan.web.json.JsonConfiguration;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /account/telegram}: what Telegram's login window gave the sign-in page ({@code telegram_data}, the
 * widget's fields as JSON, exactly as Telegram signed them), with the page's form token. The same service as
 * {@code POST /api/auth/telegram/} checks the signature with the shop's bot token and finds or creates the customer
 * (or links Telegram to the customer signed in); failures count towards the sign-in throttle and come back as the
 * sign-in page saying so.
 */
@WebServlet("/account/telegram")
public class TelegramSignInAction extends HttpServlet {

    /** Telegram's fields fit in well under this; anything longer is not what its window gave. */
    private static final int MAX_DATA = 4096;
    private static final int MAX_FIELDS = 30;

    @Inject
    TelegramSignIn telegram;

    @Inject
    SignInRendering rendering;

    @Inject
    SessionStart sessionStart;

    @Inject
    CustomerSession session;

    @Inject
    Visit visit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = SignInPage.next(request);
        Optional<Map<String, String>> widgetData = widgetData(request.getParameter("telegram_data"));
        if (widgetData.isEmpty()) {
            refused(response, next);
            return;
        }
        AccessToken token;
        try {
            token = telegram.signIn(widgetData.get(), session.customerId().orElse(null), request.getRemoteAddr());
        } catch (TooManyRequestsException limited) {
            rendering.throttled(response, limited, "", next, "telegram");
            return;
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() >= 500) {
                throw refused;
            }
            refused(response, next);
            return;
        }
        sessionStart.complete(token, next, AccountPage.PATH, response);
    }

    private void refused(HttpServletResponse response, String next) throws IOException {
        rendering.show(response, 422, "", next,
                new FormErrors().add("telegram", visit.texts().text("signin.telegram.refused")), null);
    }

    /** The widget's fields as the text Telegram signed (as the API reads them), or empty when they are not that. */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, String>> widgetData(String json) {
        if (json == null || json.isBlank() || json.length() > MAX_DATA) {
            return Optional.empty();
        }
        try {
            Map<String, Object> fields = JsonConfiguration.jsonb().fromJson(json, Map.class);
            return fields == null || fields.size() > MAX_FIELDS ? Optional.empty()
                    : Optional.of(TelegramWidgetData.asText(fields));
        } catch (JsonbException | JsonException | KervanException | ClassCastException notWidgetData) {
            return Optional.empty();
        }
    }
}
