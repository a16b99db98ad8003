package io.kervan.integrations.application;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;

import java.util.Map;
import java.util.UUID;

/** An integration ready for calls: the endpoint and opened credentials of the mode it runs in now. */
public record ConnectedAccount(UUID integrationId, ProviderType providerType, CredentialMode mode, String endpoint,
                               Map<String, Secret> credentials, Map<String, Object> config) {

    @Override
    public String toString() {
        return "ConnectedAccount[" + integrationId + ", " + mode + ", credentials withheld]";
    }
}
