package io.kervan.identity.infrastructure;

import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import io.kervan.integrations.domain.EndpointRefusedException;
import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * Telegram's Bot API, as far as Kervan uses it: {@code getMe}, which tells whose bot a token is. The token is part of
 * the address ({@code /bot<token>/getMe}), so neither the address nor an exception that could carry it is logged or
 * passed on. Sent through {@link ProviderHttp}, as one call of the integration under {@link ProviderCalls} (its own
 * circuit breaker and bulkhead), retried inside as it changes nothing.
 */
@ApplicationScoped
public class TelegramBotApi {

    public static final String DEFAULT_ENDPOINT = "https://api.telegram.org";

    private static final ProviderCalls.Retries RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            NoAnswer.class::isInstance);

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

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    /**
     * @param integrationId the shop's telegram integration, whose calls share a breaker
     * @param endpoint      the Bot API's root; null or empty for Telegram's own
     * @throws NoAnswer                 Telegram did not answer, even when asked again
     * @throws CallNotSentException     the integration's calls are paused or too many are under way; nothing sent
     * @throws EndpointRefusedException the endpoint is an address Kervan does not call, or it redirected
     */
    public Bot getMe(UUID integrationId, String endpoint, Secret botToken) {
        String root = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.strip();
        URI address;
        try {
            address = URI.create(root.replaceAll("/+$", "") + "/bot" + botToken.reveal() + "/getMe");
        } catch (IllegalArgumentException e) {
            return Bot.refused("the endpoint is not a valid address");
        }
        try {
            return calls.call(integrationId, NoAnswer.class::isInstance, () -> calls.retried(RETRIES, () -> {
                ProviderHttp.Answer response;
                try {
                    response = http.send(ProviderHttp.Request.get(address));
                } catch (IOException e) {
                    throw new NoAnswer();
                }
                if (response.status() == 429 || response.status() >= 500) {
                    throw new NoAnswer();
                }
                return read(response);
            }));
        } catch (CallTimedOutException e) {
            throw new NoAnswer();
        }
    }

    private static Bot read(ProviderHttp.Answer response) {
        JsonObject answer;
        try {
            answer = JsonDocuments.parse(response.body());
        } catch (JsonException e) {
            return Bot.refused("the endpoint did not answer like Telegram's Bot API (HTTP " + response.status()
                    + ")");
        }
        if (response.status() == 200 && answer.getBoolean("ok", false)
                && answer.get("result") instanceof JsonObject bot) {
            return new Bot(true, bot.getString("username", "?"), null);
        }
        String description = answer.getString("description", "HTTP " + response.status());
        return Bot.refused(description.length() <= 200 ? description : description.substring(0, 200));
    }
}
