package io.kervan.integrations.application;

import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Tries an integration's keys against its provider, for the mode it is in now, and records when and how it went. The
 * {@link CredentialTester} for the integration's provider type does the trying.
 */
@Stateless
public class ConnectionTest {

    @Inject
    IntegrationRegistry integrations;

    @Inject
    @Any
    Instance<CredentialTester> testers;

    public IntegrationView test(UUID integrationId, Actor actor) {
        ProviderAccount account = integrations.account(integrationId).orElseThrow(() -> new KervanException(
                IntegrationError.INTEGRATION_NOT_FOUND, "This shop has no integration with the id " + integrationId));
        CredentialTester tester = testers.stream().filter(t -> t.handles(account.providerType())).findFirst()
                .orElseThrow(() -> new KervanException(IntegrationError.CANNOT_TEST,
                        "Kervan cannot test " + account.providerType().code() + " keys yet"));
        CredentialCheck check = tester.test(account);
        return integrations.recordTest(integrationId, check.ok(), check.message(), actor);
    }
}
