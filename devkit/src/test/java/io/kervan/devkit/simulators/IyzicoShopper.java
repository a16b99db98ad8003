package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A shopper and a shop paying through the iyzico simulator: the shop's API calls and the browser's steps. */
final class IyzicoShopper {

    private final IyzicoClient client;
    private final CallbackReceiver shop;

    IyzicoShopper(IyzicoClient client, CallbackReceiver shop) {
        this.client = client;
        this.shop = shop;
    }

    JsonObject initialize(String conversation, String price, String card, int installment) throws Exception {
        JsonObject init = client.post("/payment/3dsecure/initialize", IyzicoClient.order(conversation, price, price,
                "TRY", card, installment, shop.url("/iyzico/3ds")));
        assertThat(init.getString("status")).as(init.toString()).isEqualTo("success");
        return init;
    }

    /** A whole 3-D Secure payment that succeeds; answers the auth answer. */
    JsonObject pay(String conversation, String price, String card) throws Exception {
        JsonObject init = initialize(conversation, price, card, 1);
        Map<String, String> callback = payAtBank(init, IyzicoSimulator.ACS_PASSWORD);
        JsonObject auth = auth(init.getString("paymentId"), callback.get("conversationData"), conversation);
        assertThat(auth.getString("status")).as(auth.toString()).isEqualTo("success");
        return auth;
    }

    /** Opens threeDSHtmlContent, enters the password at the bank, and lets the browser post back to the shop. */
    Map<String, String> payAtBank(JsonObject init, String password) throws Exception {
        String redirect = new String(Base64.getDecoder().decode(init.getString("threeDSHtmlContent")),
                StandardCharsets.UTF_8);
        String bank = Browser.submit(redirect, Map.of()).body();
        assertThat(bank).contains("type=password");
        HttpResponse<String> posted = Browser.submit(bank, Map.of("password", password));
        int before = shop.received().size();
        Browser.submit(posted.body(), Map.of());
        CallbackReceiver.Received callback = shop.received().get(before);
        assertThat(callback.path()).isEqualTo("/iyzico/3ds");
        return callback.form();
    }

    JsonObject auth(String paymentId, String conversationData, String conversationId) throws Exception {
        return client.post("/payment/3dsecure/auth", "{\"locale\":\"tr\",\"conversationId\":\"" + conversationId
                + "\",\"paymentId\":\"" + paymentId + "\",\"conversationData\":\"" + conversationData + "\"}");
    }

    JsonObject retrieve(String token, String conversationId) throws Exception {
        return client.post("/payment/iyzipos/checkoutform/auth/ecom/detail", "{\"locale\":\"tr\","
                + "\"conversationId\":\"" + conversationId + "\",\"token\":\"" + token + "\"}");
    }
}
