package io.kervan.esim.application;

import io.kervan.esim.domain.EsimError;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The current shop's eSIM Go account: its live integration if it has one, else its test-mode one. */
@ApplicationScoped
public class EsimGoConnections {

    @Inject
    IntegrationRegistry integrations;

    public EsimGoSettings current() {
        return integrations.accountFor(ProviderType.ESIMGO).map(EsimGoSettings::of)
                .orElseThrow(() -> new KervanException(EsimError.NOT_CONNECTED,
                        "Connect eSIM Go first: POST /api/integrations/ with provider_type esimgo and its api_key"));
    }
}
