package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.choice;
import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.secret;
import static io.kervan.integrations.domain.CredentialField.setting;

/**
 * What connecting an iyzico merchant account takes: exactly what {@link IyzicoAccount} reads. iyzico signs its
 * merchant notifications with the secret key itself, so there is no separate webhook secret to type.
 */
@ApplicationScoped
public class IyzicoConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.IYZICO, true,
            secret("api_key", "API key", "From iyzico's merchant panel, Settings, Company settings: sandbox-… in "
                    + "test mode."),
            secret("api_secret", "Secret key", "The secret key beside the API key; it only ever leaves Kervan as "
                    + "signatures, and it also checks iyzico's notifications."),
            choice("payment_flow", "How shoppers pay", "checkout_form: iyzico's own payment page, which also offers "
                    + "installments. direct_3ds: Kervan's card page, then the bank's 3-D Secure page.",
                    "checkout_form", "direct_3ds"),
            setting("buyer_identity_number", false, "Buyer identity number",
                    "Sent as the buyer's identity number iyzico requires; empty sends 11111111111."),
            setting("buyer_city", false, "Buyer city", "For the buyer and billing address; empty sends Istanbul."),
            setting("buyer_country", false, "Buyer country", "For the buyer and billing address; empty sends Turkey."),
            setting("buyer_address", false, "Buyer address", "For the buyer and billing address; empty sends -."),
            endpoint("test_endpoint", "Test API address", "Leave empty for https://sandbox-api.iyzipay.com."),
            endpoint("api_endpoint", "Live API address", "Leave empty for https://api.iyzipay.com."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
