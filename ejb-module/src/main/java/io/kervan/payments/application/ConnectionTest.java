package io.kervan.payments.application;

import io.kervan.integrations.application.ConnectedAccount;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.payments.provider.CredentialCheck;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.ProviderAccount;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/** Tries an integration's keys against its provider, for the mode it is in now, and records when and how it went. */
@Stateless
public class ConnectionTest {

    @Inject
    IntegrationRegistry integrations;

    @Inject
    PaymentProviders providers;

    public IntegrationView test(UUID integrationId, String actor) {
        ConnectedAccount account = integrations.account(integrationId).orElseThrow(() -> new KervanException(
                IntegrationError.INTEGRATION_NOT_FOUND, "This shop has no integration with the id " + integrationId));
        CredentialCheck check = providers.of(account.providerType()).checkCredentials(new ProviderAccount(
                account.integrationId(), account.mode(), account.endpoint(), account.credentials(), account.config()));
        return integrations.recordTest(integrationId, check.ok(), check.message(), actor);
    }
}
