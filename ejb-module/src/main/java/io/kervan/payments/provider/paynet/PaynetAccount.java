package io.kervan.payments.provider.paynet;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.ProviderRefusedException;

import java.util.Locale;
import java.util.UUID;

/**
 * A shop's PAYNET account as the integration holds it (its id keys the calls' circuit breaker), for the mode it runs
 * in now: {@code api_secret} is the secret key ({@code sck_…}), sealed in the vault per mode; {@code webhook_secret}
 * signs the shop webhook; the endpoint of the mode ({@code test_endpoint}, {@code api_endpoint}) is the API root
 * (PAYNET's own hosts when empty). The publishable key is for PAYNET's JavaScript forms, which Kervan does not use.
 */
record PaynetAccount(UUID integrationId, Secret secretKey, Secret webhookSecret, String baseUrl) {

    static final String TEST_HOST = "https://pts-api.paynet.com.tr";
    static final String LIVE_HOST = "https://api.paynet.com.tr";

    static PaynetAccount of(ProviderAccount account) {
        if (account == null) {
            throw new ProviderRefusedException("The PAYNET integration of this payment no longer exists");
        }
        Secret secretKey = account.credentials().get("api_secret");
        if (secretKey == null || secretKey.reveal().isBlank()) {
            throw new ProviderRefusedException("The PAYNET integration needs api_secret (the secret key, sck_…) for "
                    + "its " + account.mode().name().toLowerCase(Locale.ROOT) + " mode");
        }
        String endpoint = account.endpoint() == null || account.endpoint().isBlank()
                ? (account.mode() == CredentialMode.TEST ? TEST_HOST : LIVE_HOST) : account.endpoint().strip();
        return new PaynetAccount(account.integrationId(), secretKey, account.credentials().get("webhook_secret"),
                endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
    }

    /**
     * PAYNET's documented header: the secret key itself after {@code Basic }, not Base64 of user:password as HTTP
     * Basic would have it.
     */
    String authorization() {
        return "Basic " + secretKey.reveal();
    }

    String url(String path) {
        return baseUrl + path;
    }

    @Override
    public String toString() {
        return "PaynetAccount[" + integrationId + ", " + baseUrl + ", keys withheld]";
    }
}
