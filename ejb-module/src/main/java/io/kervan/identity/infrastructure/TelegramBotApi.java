package io.kervan.identity.infrastructure;

import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
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

/**
 * Telegram's Bot API, as far as Kervan uses it: {@code getMe}, which tells whose bot a token is. The token is part of
 * the address ({@code /bot<token>/getMe}), so neither the address nor an exception that could carry it is logged or
 * passed on. Under MicroProfile Fault Tolerance: a timeout, retries (the call changes nothing) and a circuit breaker.
 */
@ApplicationScoped
public class TelegramBotApi {

    public static final String DEFAULT_ENDPOINT = "https://api.telegram.org";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    /** What Telegram said of a token: the bot's username when it knows the token, else why not. */
    public record Bot(boolean known, String username, String refusal) {

        static Bot refused(String why) {
            return new Bot(false, null, why);
        }
    }

    /** Telegram did not answer, or answered with a server error or "too many requests". */
    public static class NoAnswer extends RuntimeException {

        NoAnswer() {
            super("Telegram did not answer", null, false, false);
        }
    }

    /** @param endpoint the Bot API's root; null or empty for Telegram's own */
    @Timeout(8_000)
    @Retry(maxRetries = 2, delay = 200, retryOn = NoAnswer.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, failOn = NoAnswer.class)
    public Bot getMe(String endpoint, Secret botToken) {
        String root = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.strip();
        URI address;
        try {
            address = URI.create(root.replaceAll("/+$", "") + "/bot" + botToken.reveal() + "/getMe");
        } catch (IllegalArgumentException e) {
            return Bot.refused("the endpoint is not a valid address");
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(address).timeout(READ_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NoAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer();
        }
        if (response.statusCode() == 429 || response.statusCode() >= 500) {
            throw new NoAnswer();
        }
        return read(response);
    }

    private static Bot read(HttpResponse<String> response) {
        JsonObject answer;
        try {
            answer = JsonDocuments.parse(response.body());
        } catch (JsonException e) {
            return Bot.refused("the endpoint did not answer like Telegram's Bot API (HTTP " + response.statusCode()
                    + ")");
        }
        if (response.statusCode() == 200 && answer.getBoolean("ok", false)
                && answer.get("result") instanceof JsonObject bot) {
            return new Bot(true, bot.getString("username", "?"), null);
        }
        String description = answer.getString("description", "HTTP " + response.statusCode());
        return Bot.refused(description.length() <= 200 ? description : description.substring(0, 200));
    }
}
