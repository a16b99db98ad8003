package io.kervan.payments.provider;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.Secret;

import java.util.Map;
import java.util.UUID;

/** A shop's account at a provider, in the mode it runs in now: the endpoint and the (opened) keys for that mode. */
public record ProviderAccount(UUID integrationId, CredentialMode mode, String endpoint, Map<String, Secret> credentials,
                              Map<String, Object> config) {

    @Override
    public String toString() {
        return "ProviderAccount[" + integrationId + ", " + mode + ", " + endpoint + ", credentials withheld]";
    }
}
