package io.kervan.payments.provider.kuveytturk;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.secret;
import static io.kervan.integrations.domain.CredentialField.setting;

/**
 * What connecting a Kuveyt Türk virtual POS takes: exactly what {@link KuveytTurkAccount} reads.
 */
@ApplicationScoped
public class KuveytTurkConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.KUVEYT, false,
            secret("api_key", "API user name", "The API user (UserName) the bank created for the virtual POS."),
            secret("api_secret", "API password", "The API user's password; it only ever leaves Kervan hashed."),
            setting("merchant_id", true, "Merchant id", "MerchantId, from the bank's welcome letter."),
            setting("customer_id", true, "Customer number", "CustomerId: the shop's customer number at the bank."),
            setting("test_merchant_id", false, "Test merchant id",
                    "Used in test mode instead of the merchant id, when set."),
            setting("test_customer_id", false, "Test customer number",
                    "Used in test mode instead of the customer number, when set."),
            endpoint("test_endpoint", "Test gateway address", "Leave empty for the bank's test gateway."),
            endpoint("api_endpoint", "Live gateway address", "Leave empty for the bank's gateway."),
            setting("test_soap_endpoint", false, "Test refund service address",
                    "Leave empty for the service on the test gateway's host."),
            setting("soap_endpoint", false, "Live refund service address", "Leave empty for the bank's service."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
