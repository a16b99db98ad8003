package io.kervan.payments.application;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.application.CredentialTester;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.PaymentProviders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tests the keys of payment integrations through their adapters' {@code checkCredentials}. */
@ApplicationScoped
public class PaymentCredentialTester implements CredentialTester {

    @Inject
    PaymentProviders providers;

    @Override
    public boolean handles(ProviderType type) {
        return providers.supports(type);
    }

    @Override
    public CredentialCheck test(ProviderAccount account) {
        return providers.of(account.providerType()).checkCredentials(account);
    }
}
