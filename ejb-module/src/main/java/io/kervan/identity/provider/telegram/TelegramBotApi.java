package io.kervan.identity.provider.telegram;

import io.kervan.identity.domain.TelegramLogin;
import io.kervan.identity.provider.TelegramBot;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import io.kervan.integrations.domain.EndpointRefusedException;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.integrations.infrastructure.ProviderCalls;
import io.kervan.integrations.infrastructure.ProviderHttp;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Telegram for Kervan: the bot token's check (its shape, then the Bot API's {@code getMe}, which tells whose bot a
 * token is and names the bot the login widget must show) and the login widget's signature
 * ({@link TelegramLoginSignature}). The token is part of the address ({@code /bot<token>/getMe}), so neither the
 * address nor an exception that could carry it is logged or passed on. Sent through {@link ProviderHttp}, as one call
 * of the integration under {@link ProviderCalls} (its own circuit breaker and bulkhead), retried inside as it changes
 * nothing.
 */
@ApplicationScoped
public class TelegramBotApi implements TelegramBot {

    private static final String DEFAULT_ENDPOINT = "https://api.telegram.org";

    /** What @BotFather hands out: the bot's id, a colon, and a secret of letters, digits, {@code -} and {@code _}. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9]{3,20}:[A-Za-z0-9_-]{30,100}");

    private static final ProviderCalls.Retries RETRIES = new ProviderCalls.Retries(2, Duration.ofMillis(200),
            NoAnswer.class::isInstance);

    @Inject
    ProviderHttp http;

    @Inject
    ProviderCalls calls;

    @Override
    public boolean signed(TelegramLogin login, ProviderAccount account) {
        Secret botToken = account.credentials().get(BOT_TOKEN);
        return botToken != null && TelegramLoginSignature.verifies(login, botToken);
    }

    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        Secret token = account.credentials().get(BOT_TOKEN);
        if (token == null) {
            return new CredentialCheck(false, "There is no " + mode + " bot token: set api_key to the token "
                    + "@BotFather gave the shop's bot");
        }
        if (!TOKEN_SHAPE.matcher(token.reveal()).matches()) {
            return new CredentialCheck(false, "The " + mode + " api_key is not shaped like a bot token (the bot's "
                    + "number, a colon, then the secret @BotFather gave)");
        }
        try {
            Bot bot = getMe(account, token);
            return bot.known()
                    ? new CredentialCheck(true, "Telegram accepted the " + mode + " bot token of @" + bot.username())
                    : new CredentialCheck(false, "Telegram refused the " + mode + " bot token: " + bot.refusal());
        } catch (NoAnswer e) {
            return new CredentialCheck(false, "Telegram did not answer; try again in a moment");
        } catch (CallNotSentException e) {
            return new CredentialCheck(false, e.describe("Telegram"));
        } catch (EndpointRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    /**
     * Asks Telegram whose bot the token is, as one call of the account's integration.
     *
     * @throws NoAnswer                 Telegram did not answer, even when asked again
     * @throws CallNotSentException     the integration's calls are paused or too many are under way; nothing sent
     * @throws EndpointRefusedException the endpoint is an address Kervan does not call, or it redirected
     */
    private Bot getMe(ProviderAccount account, Secret botToken) {
        String endpoint = account.endpoint();
        String root = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.strip();
        URI address;
        try {
            address = URI.create(root.replaceAll("/+$", "") + "/bot" + botToken.reveal() + "/getMe");
        } catch (IllegalArgumentException e) {
            return Bot.refused("the endpoint is not a valid address");
        }
        try {
            return calls.call(account.integrationId(), NoAnswer.class::isInstance, () -> calls.retried(RETRIES, () -> {
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

    /** What Telegram said of a token: the bot's username when it knows the token, else why not. */
    private record Bot(boolean known, String username, String refusal) {

        static Bot refused(String why) {
            return new Bot(false, null, why);
        }
    }

    /** Telegram did not answer, or answered with a server error or "too many requests". */
    private static final class NoAnswer extends RuntimeException {

        NoAnswer() {
            super("Telegram did not answer", null, false, false);
        }
    }
}
