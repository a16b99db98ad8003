package io.kervan.identity.application;

import io.kervan.identity.infrastructure.TelegramBotApi;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.application.CredentialTester;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.kervan.integrations.domain.EndpointRefusedException;
import io.kervan.integrations.domain.CallNotSentException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tests a {@code telegram} integration's bot token: first its shape, then Telegram's {@code getMe} at the integration's
 * endpoint for its mode (Telegram's own when none is set), which also names the bot the login widget must show.
 */
@ApplicationScoped
public class TelegramBotCheck implements CredentialTester {

    /** What @BotFather hands out: the bot's id, a colon, and a secret of letters, digits, {@code -} and {@code _}. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9]{3,20}:[A-Za-z0-9_-]{30,100}");

    @Inject
    TelegramBotApi api;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.TELEGRAM;
    }

    @Override
    public CredentialCheck test(ProviderAccount account) {
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        Secret token = account.credentials().get(TelegramSignIn.BOT_TOKEN);
        if (token == null) {
            return new CredentialCheck(false, "There is no " + mode + " bot token: set api_key to the token "
                    + "@BotFather gave the shop's bot");
        }
        if (!TOKEN_SHAPE.matcher(token.reveal()).matches()) {
            return new CredentialCheck(false, "The " + mode + " api_key is not shaped like a bot token (the bot's "
                    + "number, a colon, then the secret @BotFather gave)");
        }
        try {
            TelegramBotApi.Bot bot = api.getMe(account.integrationId(), account.endpoint(), token);
            return bot.known()
                    ? new CredentialCheck(true, "Telegram accepted the " + mode + " bot token of @" + bot.username())
                    : new CredentialCheck(false, "Telegram refused the " + mode + " bot token: " + bot.refusal());
        } catch (TelegramBotApi.NoAnswer e) {
            return new CredentialCheck(false, "Telegram did not answer; try again in a moment");
        } catch (CallNotSentException e) {
            return new CredentialCheck(false, e.describe("Telegram"));
        } catch (EndpointRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }
}
