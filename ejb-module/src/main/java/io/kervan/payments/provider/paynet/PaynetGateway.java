package io.kervan.payments.provider.paynet;

import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The calls to PAYNET: JSON POSTs with {@code Authorization: Basic <secret key>}, through {@link ProviderHttp}, each
 * one call of the shop's integration under {@link ProviderCalls} (its own circuit breaker, bulkhead and timeout).
 * Only the reads ({@code transaction/check}, {@code reversal_list}, {@code ratio/Get}) are retried inside; calls that
 * move money never are. No connection, a timeout or a 5xx is a {@link ProviderUnavailableException}; a refused key
 * (401) or an answer that is not PAYNET's JSON is a {@link ProviderRefusedException}. Every other answer, code 0 or
 * not, goes back to the caller, which reads PAYNET's {@code code}. No request body (card data) is ever logged.
 */
@ApplicationScoped
public class PaynetGateway {

    static final String TDS_INITIAL = "/v2/transaction/tds_initial";
    static final String TDS_CHARGE = "/v2/transaction/tds_charge";
    static final String CHECK = "/v1/transaction/check";
    static final String REVERSED_REQUEST = "/v1/transaction/reversed_request";
    static final String REVERSAL_LIST = "/v1/transaction/reversal_list";
    static final String RATIO = "/v1/ratio/Get";

    private static final Predicate<Throwable> UNANSWERED = ProviderUnavailableException.class::isInstance;
    private static final ProviderCalls.Retries READ_RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            UNANSWERED);

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    /** A call that may move money or open something at PAYNET: sent once. */
    JsonObject send(PaynetAccount account, String path, JsonObject body, String advice) {
        return calls.call(account.integrationId(), UNANSWERED, () -> post(account, path, body, advice));
    }

    /** A call that only reads: retried a little when PAYNET does not answer. */
    JsonObject read(PaynetAccount account, String path, JsonObject body) {
        return calls.call(account.integrationId(), UNANSWERED, () -> calls.retried(READ_RETRIES,
                () -> post(account, path, body, "nothing was changed, try again in a moment")));
    }

    private JsonObject post(PaynetAccount account, String path, JsonObject body, String advice) {
        ProviderHttp.Request request = ProviderHttp.Request.post(URI.create(account.url(path)),
                        "application/json; charset=UTF-8", body.toString())
                .header("Accept", "application/json; charset=UTF-8")
                .header("Authorization", account.authorization());
        ProviderHttp.Answer answer;
        try {
            answer = http.send(request);
        } catch (IOException e) {
            throw new ProviderUnavailableException("PAYNET did not answer " + path, advice);
        }
        if (answer.status() >= 500) {
            throw new ProviderUnavailableException("PAYNET did not answer " + path + " (HTTP " + answer.status() + ")",
                    advice);
        }
        if (answer.status() == 401) {
            throw new ProviderRefusedException("PAYNET refused the secret key (HTTP 401)");
        }
        try {
            JsonObject json = JsonDocuments.parse(answer.body());
            if (!json.containsKey("code")) {
                throw new ProviderRefusedException("PAYNET answered " + path + " without a code (HTTP "
                        + answer.status() + ")");
            }
            return json;
        } catch (JsonException | ClassCastException | IllegalStateException notJson) {
            throw new ProviderRefusedException("PAYNET answered " + path + " with something that is not JSON (HTTP "
                    + answer.status() + ")");
        }
    }
}
