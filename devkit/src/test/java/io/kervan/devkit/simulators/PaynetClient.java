package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaks to the PAYNET simulator as PAYNET's PHP sample does: JSON, {@code Authorization: Basic <secret key>}. */
final class PaynetClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String secretKey;
    private final CallbackReceiver shop;

    PaynetClient(String baseUrl, String secretKey, CallbackReceiver shop) {
        this.baseUrl = baseUrl;
        this.secretKey = secretKey;
        this.shop = shop;
    }

    PaynetClient as(String otherKey) {
        return new PaynetClient(baseUrl, otherKey, shop);
    }

    JsonObject post(String path, String json) throws Exception {
        return SimulatorJson.read(send(path, json, "Basic " + secretKey, Duration.ofSeconds(10)).body());
    }

    HttpResponse<String> send(String path, String json, String authorization, Duration timeout) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String initial(String reference, String amount, String pan, int instalment, String returnUrl,
                          String more) {
        return "{\"amount\":" + amount + ",\"reference_no\":\"" + reference + "\",\"return_url\":\"" + returnUrl
                + "\",\"domain\":\"demo.localhost\",\"card_holder\":\"Ayşe Yılmaz\",\"pan\":\"" + pan
                + "\",\"month\":\"12\",\"year\":\"2030\",\"cvc\":\"123\",\"instalment\":" + instalment
                + ",\"description\":\"Sipariş " + reference + "\"" + more + "}";
    }

    /** tds_initial, the bank page with {@code password}, and the browser's post to return_url: its fields. */
    Map<String, String> authenticate(String initialJson, String password) throws Exception {
        JsonObject initial = post("/v2/transaction/tds_initial", initialJson);
        assertThat(initial.getInt("code")).as(initial.toString()).isZero();
        String bank = Browser.get(initial.getString("post_url")).body();
        assertThat(bank).contains("type=password");
        String posted = Browser.submit(bank, Map.of("password", password)).body();
        int before = shop.received().size();
        Browser.submit(posted, Map.of());
        Map<String, String> callback = shop.received().get(before).form();
        assertThat(callback.get("session_id")).isEqualTo(initial.getString("session_id"));
        return callback;
    }

    JsonObject charge(Map<String, String> callback) throws Exception {
        return post("/v2/transaction/tds_charge", "{\"session_id\":\"" + callback.get("session_id")
                + "\",\"token_id\":\"" + callback.get("token_id") + "\",\"transaction_type\":1}");
    }

    /** A whole payment that succeeds; answers tds_charge's answer. */
    JsonObject pay(String reference, String amount, String pan, int instalment, String more) throws Exception {
        JsonObject charged = charge(authenticate(initial(reference, amount, pan, instalment, shop.url("/paynet/return"),
                more), PaynetSimulator.ACS_PASSWORD));
        assertThat(charged.getInt("code")).as(charged.toString()).isZero();
        return charged;
    }
}
