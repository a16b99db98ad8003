package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.ProviderRefusedException;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A shop's iyzico merchant account as the integration holds it, for the mode it runs in now (its id keys the calls'
 * circuit breaker):
 * <ul>
 *   <li>{@code api_key} and {@code api_secret} are iyzico's API key and secret key, sealed per mode; the secret key
 *       only ever leaves Kervan as HMACs;</li>
 *   <li>the mode's endpoint is the API root ({@code https://sandbox-api.iyzipay.com} in test mode,
 *       {@code https://api.iyzipay.com} live, when empty);</li>
 *   <li>{@code config.payment_flow} chooses how shoppers pay: {@code checkout_form} (iyzico's hosted page, the
 *       default) or {@code direct_3ds} (Kervan's card page, then the bank's 3-D Secure page);</li>
 *   <li>{@code config.buyer_identity_number}, {@code buyer_city}, {@code buyer_country}, {@code buyer_address} fill
 *       the buyer and billing fields iyzico requires and Kervan's orders do not carry (iyzico accepts
 *       11111111111 where the identity number is unknown).</li>
 * </ul>
 */
record IyzicoAccount(UUID integrationId, String apiKey, Secret secretKey, String baseUrl, boolean directThreeDs,
                     Map<String, Object> config) {

    static final String SANDBOX = "https://sandbox-api.iyzipay.com";
    static final String LIVE = "https://api.iyzipay.com";

    static IyzicoAccount of(ProviderAccount account) {
        if (account == null) {
            throw new ProviderRefusedException("The iyzico integration of this payment no longer exists");
        }
        Secret apiKey = account.credentials().get("api_key");
        Secret secretKey = account.credentials().get("api_secret");
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        if (apiKey == null || secretKey == null) {
            throw new ProviderRefusedException("The iyzico integration needs api_key (the API key) and api_secret "
                    + "(the secret key) for its " + mode + " mode");
        }
        Object flow = account.config().getOrDefault("payment_flow", "checkout_form");
        if (!"checkout_form".equals(flow) && !"direct_3ds".equals(flow)) {
            throw new ProviderRefusedException("config.payment_flow of the iyzico integration must be checkout_form "
                    + "or direct_3ds");
        }
        String endpoint = account.endpoint() == null || account.endpoint().isBlank()
                ? (account.mode() == CredentialMode.TEST ? SANDBOX : LIVE) : account.endpoint().strip();
        return new IyzicoAccount(account.integrationId(), apiKey.reveal(), secretKey,
                endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint,
                "direct_3ds".equals(flow), account.config());
    }

    String setting(String name, String otherwise) {
        Object value = config.get(name);
        return value == null || value.toString().isBlank() ? otherwise : value.toString().strip();
    }

    @Override
    public String toString() {
        return "IyzicoAccount[" + integrationId + ", " + baseUrl + ", keys withheld]";
    }
}
