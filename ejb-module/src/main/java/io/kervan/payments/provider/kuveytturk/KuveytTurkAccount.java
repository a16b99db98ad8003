package io.kervan.payments.provider.kuveytturk;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.Secret;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.payments.provider.ProviderRefusedException;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A shop's Kuveyt Türk account as the integration holds it (its id keys the calls' circuit breaker), for the mode it
 * runs in now:
 * <ul>
 *   <li>{@code api_key} is the API user name (UserName) and {@code api_secret} its password, both sealed in the vault
 *       per mode; the password only ever leaves Kervan hashed;</li>
 *   <li>{@code config.merchant_id} and {@code config.customer_id} are the MerchantId and CustomerId (the bank's
 *       customer number); in test mode {@code test_merchant_id} and {@code test_customer_id} win when present;</li>
 *   <li>the endpoint of the mode ({@code test_endpoint}, {@code api_endpoint}) is the gateway root that
 *       {@code /Home/ThreeDModelPayGate} and {@code /Home/ThreeDModelProvisionGate} hang from (the bank's own roots
 *       when empty);</li>
 *   <li>the SOAP service for refunds and status is {@code config.test_soap_endpoint} / {@code config.soap_endpoint};
 *       when absent, in test mode the standard service path on the test endpoint's host, live the bank's service.</li>
 * </ul>
 */
record KuveytTurkAccount(UUID integrationId, String merchantId, String customerId, String userName, Secret password,
                         String gatewayUrl, String serviceUrl) {

    static final String TEST_GATEWAY = "https://boatest.kuveytturk.com.tr/boa.virtualpos.services";
    static final String LIVE_GATEWAY = "https://sanalpos.kuveytturk.com.tr/ServiceGateWay";
    static final String SERVICE_PATH =
            "/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic";
    static final String LIVE_SERVICE = "https://boa.kuveytturk.com.tr" + SERVICE_PATH;

    static KuveytTurkAccount of(ProviderAccount account) {
        if (account == null) {
            throw new ProviderRefusedException("The Kuveyt Türk integration of this payment no longer exists");
        }
        boolean test = account.mode() == CredentialMode.TEST;
        Map<String, Object> config = account.config();
        String merchantId = setting(config, test ? "test_merchant_id" : null, "merchant_id");
        String customerId = setting(config, test ? "test_customer_id" : null, "customer_id");
        Secret userName = account.credentials().get("api_key");
        Secret password = account.credentials().get("api_secret");
        if (merchantId == null || customerId == null || userName == null || password == null) {
            throw new ProviderRefusedException("The Kuveyt Türk integration needs config.merchant_id, "
                    + "config.customer_id, api_key (the API user name) and api_secret (its password) for its "
                    + account.mode().name().toLowerCase() + " mode");
        }
        String endpoint = account.endpoint() == null || account.endpoint().isBlank()
                ? (test ? TEST_GATEWAY : LIVE_GATEWAY) : stripSlash(account.endpoint());
        String service = setting(config, test ? "test_soap_endpoint" : "soap_endpoint", null);
        if (service == null) {
            service = test ? origin(endpoint) + SERVICE_PATH : LIVE_SERVICE;
        }
        return new KuveytTurkAccount(account.integrationId(), merchantId, customerId, userName.reveal(), password,
                endpoint, service);
    }

    String payGate() {
        return gatewayUrl + "/Home/ThreeDModelPayGate";
    }

    String provisionGate() {
        return gatewayUrl + "/Home/ThreeDModelProvisionGate";
    }

    private static String setting(Map<String, Object> config, String preferred, String fallback) {
        Object value = preferred == null ? null : config.get(preferred);
        if ((value == null || value.toString().isBlank()) && fallback != null) {
            value = config.get(fallback);
        }
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
