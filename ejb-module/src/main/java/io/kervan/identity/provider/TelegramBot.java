package io.kervan.identity.provider;

import io.kervan.identity.domain.TelegramLogin;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;

/**
 * What Kervan needs from Telegram, in its own types, as payments need {@code PaymentProvider}: whether a shop's bot
 * token works, and whether a login that the shop's login widget handed the shopper was signed by Telegram with that
 * bot's token. The adapter ({@code telegram}) keeps the Bot API's wire and the widget's signature scheme; the token is
 * the account's {@value #BOT_TOKEN} credential and never appears in a message.
 */
public interface TelegramBot {

    /** The integration's credential that holds the bot token @BotFather gave. */
    String BOT_TOKEN = "api_key";

    /**
     * Checks the account's bot token: its shape, then Telegram's word on it at the account's endpoint (Telegram's own
     * when none is set), as one call of its integration. A Telegram that does not answer, or a call held back by the
     * integration's breaker, makes a failed check, never an exception.
     */
    CredentialCheck checkCredentials(ProviderAccount account);

    /**
     * Whether Telegram signed the login's fields with the account's bot token; false when the account has none. The
     * login's fields are checked for shape already ({@link TelegramLogin#of}); this checks where they came from.
     */
    boolean signed(TelegramLogin login, ProviderAccount account);
}
