package io.kervan.esim.provider.esimgo;

import io.kervan.esim.domain.EsimProviderNotCalledException;
import io.kervan.esim.domain.EsimProviderRateLimitedException;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import io.kervan.integrations.domain.EndpointRefusedException;
import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * eSIM Go's HTTP API, through {@link ProviderHttp} and under {@link ProviderCalls}: the organisation's key in
 * {@code X-API-Key}, a read timeout on every request, the integration's own circuit breaker and bulkhead, and retries
 * for reads only (a call counts once however often it was tried). A 429 on a read is waited out in place for its
 * {@code Retry-After} (up to {@code kervan.esim.max-retry-after}) before the retry; a longer pause, or a 429 on an
 * order, ends the call with an {@link EsimProviderRateLimitedException}. Refusals (4xx, an endpoint Kervan does not
 * call) are neither retried nor held against eSIM Go's health. The key and request bodies are never logged or put in
 * a message.
 */
@ApplicationScoped
public class EsimGoHttp {

    static final String JSON = "application/json";

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final String READ_ADVICE = "nothing was changed; try again in a moment";
    private static final Predicate<Throwable> UNANSWERED = e -> e instanceof EsimProviderUnavailableException
            && !(e instanceof EsimProviderRateLimitedException);
    private static final ProviderCalls.Retries READS = new ProviderCalls.Retries(3, Duration.ofMillis(300),
            UNANSWERED);

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    @Inject
    @ConfigProperty(name = "kervan.esim.read-timeout", defaultValue = "PT10S")
    Duration readTimeout;

    @Inject
    @ConfigProperty(name = "kervan.esim.max-retry-after", defaultValue = "PT5S")
    Duration maxRetryAfter;

    /** A GET; idempotent, so retried. Answers the body of a 2xx. */
    public String get(EsimGoAccount account, String pathAndQuery, String accept) {
        return guarded(account, READ_ADVICE, () -> calls.retried(READS, () -> {
            ProviderHttp.Answer response = send(request(account, ProviderHttp.Request.get(uri(account,
                    pathAndQuery))).header("Accept", accept), READ_ADVICE);
            if (response.status() == 429) {
                Duration pause = retryAfter(response);
                if (pause.compareTo(maxRetryAfter) > 0) {
                    throw new EsimProviderRateLimitedException(pause);
                }
                sleep(pause);
                throw new EsimProviderUnavailableException("eSIM Go asked Kervan to slow down (HTTP 429)",
                        READ_ADVICE, pause);
            }
            return answered(response, account, READ_ADVICE);
        }));
    }

    /**
     * A POST of JSON; never retried, as eSIM Go has no idempotency key. {@code advice} says what the caller may do
     * when no answer came (for an order: it may have been placed).
     */
    public String post(EsimGoAccount account, String path, String json, String advice) {
        return guarded(account, advice, () -> {
            ProviderHttp.Answer response = send(request(account, ProviderHttp.Request.post(uri(account, path), JSON,
                    json)).header("Accept", JSON), advice);
            if (response.status() == 429) {
                throw new EsimProviderRateLimitedException(retryAfter(response));
            }
            return answered(response, account, advice);
        });
    }

    /** One call of the account's integration; what the guard did instead of calling, in eSIM Go's exceptions. */
    private String guarded(EsimGoAccount account, String advice, Supplier<String> call) {
        try {
            return calls.call(account.integrationId(), UNANSWERED, call);
        } catch (CallNotSentException e) {
            throw new EsimProviderNotCalledException(e.describe("eSIM Go"), e.retryAfter());
        } catch (CallTimedOutException e) {
            throw new EsimProviderUnavailableException("eSIM Go did not answer in time", advice);
        } catch (EndpointRefusedException e) {
            throw new EsimProviderRefusedException(0, e.detail());
        }
    }

    private ProviderHttp.Request request(EsimGoAccount account, ProviderHttp.Request request) {
        return request.timeout(readTimeout).header("X-API-Key", account.apiKey().reveal());
    }

    private static URI uri(EsimGoAccount account, String pathAndQuery) {
        try {
            return URI.create(account.baseUrl() + pathAndQuery);
        } catch (IllegalArgumentException e) {
            throw new EsimProviderRefusedException(0, "The eSIM Go integration's endpoint is not a valid address");
        }
    }

    private ProviderHttp.Answer send(ProviderHttp.Request request, String advice) {
        try {
            return http.send(request);
        } catch (IOException e) {
            throw new EsimProviderUnavailableException("eSIM Go did not answer", advice);
        }
    }

    private static String answered(ProviderHttp.Answer response, EsimGoAccount account, String advice) {
        int status = response.status();
        if (status >= 500) {
            throw new EsimProviderUnavailableException("eSIM Go answered HTTP " + status, advice);
        }
        if (status == 401 || status == 403) {
            throw new EsimProviderRefusedException(status, "eSIM Go refused the API key (HTTP " + status + ")");
        }
        if (status >= 400) {
            throw new EsimProviderRefusedException(status, "eSIM Go refused the request (HTTP " + status + "): "
                    + message(response.body(), account));
        }
        return response.body();
    }

    /** eSIM Go's {@code {"message": …}}, short, and without the key should it ever echo it. */
    private static String message(String body, EsimGoAccount account) {
        String message;
        try {
            JsonObject error = JsonDocuments.parse(body);
            message = error.getString("message", "no reason given");
        } catch (JsonException | ClassCastException e) {
            message = "no reason given";
        }
        message = message.replace(account.apiKey().reveal(), account.apiKey().masked());
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }

    /** {@code Retry-After} in seconds (the form eSIM Go documents); one second when absent or unreadable. */
    static Duration retryAfter(ProviderHttp.Answer response) {
        return response.header("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Math.max(1, Long.parseLong(v)))).orElse(DEFAULT_RETRY_AFTER);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
