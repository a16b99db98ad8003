package io.kervan.identity.provider.telegram;

import io.kervan.identity.provider.TelegramBot;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.secret;

/**
 * What connecting the shop's Telegram bot takes: the bot token that {@link TelegramBotApi} reads, and the Bot API
 * root of each mode.
 */
@ApplicationScoped
public class TelegramConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.TELEGRAM, false,
            secret(TelegramBot.BOT_TOKEN, "Bot token", "The token @BotFather gave the shop's bot."),
            endpoint("test_endpoint", "Test Bot API address", "Leave empty for Telegram's own."),
            endpoint("api_endpoint", "Live Bot API address", "Leave empty for Telegram's own."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
