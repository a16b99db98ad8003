package io.kervan.integrations.application;

import io.kervan.integrations.domain.IntegrationError;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Tries an integration's keys against its provider, for the mode it is in now, and records when and how it went.
 * The check itself belongs to the capability that uses the provider ({@link ConnectionProbe}).
 */
@Stateless
public class ConnectionTest {

    @Inject
    IntegrationRegistry integrations;

    @Inject
    @Any
    Instance<ConnectionProbe> probes;

    public IntegrationView test(UUID integrationId, String actor) {
        ConnectedAccount account = integrations.account(integrationId).orElseThrow(() -> new KervanException(
                IntegrationError.INTEGRATION_NOT_FOUND, "This shop has no integration with the id " + integrationId));
        CredentialCheck check = probes.stream().filter(p -> p.covers(account.providerType())).findFirst()
                .map(p -> p.check(account))
                .orElseGet(() -> new CredentialCheck(false,
                        "Kervan cannot test " + account.providerType().code() + " integrations yet"));
        return integrations.recordTest(integrationId, check.ok(), check.message(), actor);
    }
}
