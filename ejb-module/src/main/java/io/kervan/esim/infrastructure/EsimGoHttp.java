package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.EsimGoAccount;
import io.kervan.esim.domain.EsimProviderRateLimitedException;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * eSIM Go's HTTP API under MicroProfile Fault Tolerance: the organisation's key in {@code X-API-Key}, a timeout on
 * every call, a circuit breaker for reads and one for orders, and retries for reads only. A 429 on a read is waited out
 * in place for its {@code Retry-After} (up to {@code kervan.esim.max-retry-after}) before the retry; a longer pause,
 * or a 429 on an order, ends the call with an {@link EsimProviderRateLimitedException}. Refusals (4xx) are neither
 * retried nor held against eSIM Go's health. The key and request bodies are never logged or put in a message.
 */
@ApplicationScoped
public class EsimGoHttp {

    static final String JSON = "application/json";

    // HTTP/1.1, and a read timeout under @Timeout, so a slow eSIM Go is reported by this class, not cut off mid-call.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final String READ_ADVICE = "nothing was changed; try again in a moment";

    @Inject
    @ConfigProperty(name = "kervan.esim.read-timeout", defaultValue = "PT10S")
    Duration readTimeout;

    @Inject
    @ConfigProperty(name = "kervan.esim.max-retry-after", defaultValue = "PT5S")
    Duration maxRetryAfter;

    /** A GET; idempotent, so retried. Answers the body of a 2xx. */
    @Timeout(value = 40, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 300, jitter = 100, retryOn = EsimProviderUnavailableException.class,
            abortOn = {EsimProviderRefusedException.class, EsimProviderRateLimitedException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = {EsimProviderRefusedException.class, EsimProviderRateLimitedException.class})
    public String get(EsimGoAccount account, String pathAndQuery, String accept) {
        HttpRequest request = request(account, pathAndQuery).header("Accept", accept).GET().build();
        HttpResponse<String> response = send(request, READ_ADVICE);
        if (response.statusCode() == 429) {
            Duration pause = retryAfter(response);
            if (pause.compareTo(maxRetryAfter) > 0) {
                throw new EsimProviderRateLimitedException(pause);
            }
            sleep(pause);
            throw new EsimProviderUnavailableException("eSIM Go asked Kervan to slow down (HTTP 429)", READ_ADVICE,
                    pause);
        }
        return answered(response, account, READ_ADVICE);
    }

    /**
     * A POST of JSON; never retried, as eSIM Go has no idempotency key. {@code advice} says what the caller may do
     * when no answer came (for an order: it may have been placed).
     */
    @Timeout(value = 40, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000,
            skipOn = {EsimProviderRefusedException.class, EsimProviderRateLimitedException.class})
    public String post(EsimGoAccount account, String path, String json, String advice) {
        HttpRequest request = request(account, path).header("Accept", JSON).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = send(request, advice);
        if (response.statusCode() == 429) {
            throw new EsimProviderRateLimitedException(retryAfter(response));
        }
        return answered(response, account, advice);
    }

    private HttpRequest.Builder request(EsimGoAccount account, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(account.baseUrl() + pathAndQuery)).timeout(readTimeout)
                .header("X-API-Key", account.apiKey().reveal());
    }

    private static HttpResponse<String> send(HttpRequest request, String advice) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EsimProviderUnavailableException("eSIM Go did not answer", advice);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsimProviderUnavailableException("eSIM Go did not answer", advice);
        }
    }

    private static String answered(HttpResponse<String> response, EsimGoAccount account, String advice) {
        int status = response.statusCode();
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
    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
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
