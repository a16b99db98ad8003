package io.kervan.payments.provider.stripe;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.optionalSecret;
import static io.kervan.integrations.domain.CredentialField.secret;

/**
 * What connecting a Stripe account takes: what {@link StripeProvider} reads (the secret key, the webhook signing
 * secret, the API root of each mode).
 */
@ApplicationScoped
public class StripeConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.STRIPE, true,
            secret("api_key", "Secret key",
                    "From Stripe's dashboard, Developers, API keys: sk_test_… in test mode, sk_live_… live."),
            optionalSecret("webhook_secret", "Webhook signing secret", "The whsec_… of the endpoint you add in "
                    + "Stripe's dashboard with this integration's webhook address; without it Stripe's events are refused."),
            endpoint("test_endpoint", "Test API address", "Leave empty for Stripe's own API."),
            endpoint("api_endpoint", "Live API address", "Leave empty for Stripe's own API."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
