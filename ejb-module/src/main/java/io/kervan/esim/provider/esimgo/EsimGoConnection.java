package io.kervan.esim.provider.esimgo;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

import static io.kervan.integrations.domain.CredentialField.endpoint;
import static io.kervan.integrations.domain.CredentialField.secret;
import static io.kervan.integrations.domain.CredentialField.setting;

/**
 * What connecting an eSIM Go organisation takes: the API key and API root of each mode that {@link EsimGoAccount}
 * reads, and the currency its prices are in ({@code EsimGoSettings}). The markup rule belongs to the eSIM settings.
 */
@ApplicationScoped
public class EsimGoConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.ESIMGO, true,
            secret(EsimGoAccount.API_KEY, "API key", "From eSIM Go's portal: Account settings, API details."),
            setting("currency", false, "Currency",
                    "The ISO code of the organisation's currency, such as USD (USD when empty)."),
            endpoint("test_endpoint", "Test API address",
                    "A UAT account's API root with its version; leave empty for eSIM Go's own."),
            endpoint("api_endpoint", "Live API address", "Leave empty for " + EsimGoAccount.PRODUCTION + "."));

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
