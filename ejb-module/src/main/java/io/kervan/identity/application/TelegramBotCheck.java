package io.kervan.identity.application;

import io.kervan.identity.provider.TelegramBot;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.application.CredentialTester;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tests a {@code telegram} integration's bot token through the Telegram adapter's {@code checkCredentials}. */
@ApplicationScoped
public class TelegramBotCheck implements CredentialTester {

    @Inject
    TelegramBot telegram;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.TELEGRAM;
    }

    @Override
    public CredentialCheck test(ProviderAccount account) {
        return telegram.checkCredentials(account);
    }
}
