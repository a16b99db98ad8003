package io.kervan.payments.provider.paynet;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.optionalSecret;
import static io.kervan.integrations.domain.CredentialField.secret;

/**
 * What connecting a PAYNET account takes: exactly what {@link PaynetAccount} reads. The webhook's IP allow-list
 * ({@code webhook_allowed_ips}) is a list in the integration's config, which a one-line form field cannot give; it is
 * set through the API.
 */
@ApplicationScoped
public class PaynetConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.PAYNET, true,
            secret("api_secret", "Secret key",
                    "From PAYNET's merchant panel: the secret key (sck_…) of the mode; it signs every call."),
            optionalSecret("webhook_secret", "Webhook signing secret", "The key PAYNET signs the shop webhook with "
                    + "(X-Paynet-Signature); without it PAYNET's webhooks are refused."),
            endpoint("test_endpoint", "Test API address", "Leave empty for PAYNET's test API."),
            endpoint("api_endpoint", "Live API address", "Leave empty for PAYNET's own API."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
