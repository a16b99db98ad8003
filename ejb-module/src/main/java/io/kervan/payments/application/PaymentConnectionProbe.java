package io.kervan.payments.application;

import io.kervan.integrations.application.ConnectedAccount;
import io.kervan.integrations.application.ConnectionProbe;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.ProviderAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Credential tests of payment integrations: each gateway's adapter checks its keys without moving money. */
@ApplicationScoped
public class PaymentConnectionProbe implements ConnectionProbe {

    @Inject
    @Any
    Instance<PaymentProvider> adapters;

    @Inject
    PaymentProviders providers;

    @Override
    public boolean covers(ProviderType type) {
        return adapters.stream().anyMatch(a -> a.type() == type);
    }

    @Override
    public CredentialCheck check(ConnectedAccount account) {
        return providers.of(account.providerType()).checkCredentials(new ProviderAccount(account.integrationId(),
                account.mode(), account.endpoint(), account.credentials(), account.config()));
    }
}
