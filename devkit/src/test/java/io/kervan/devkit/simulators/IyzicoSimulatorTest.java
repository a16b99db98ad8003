package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static io.kervan.devkit.simulators.IyzicoSimulator.ACS_PASSWORD;
import static io.kervan.devkit.simulators.IyzicoSimulator.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** The iyzico simulator on its own, driven over HTTP the way iyzipay-java and a shopper's browser drive iyzico. */
class IyzicoSimulatorTest extends IyzicoTestSupport {

    @Test
    void a_3ds_payment_is_verified_at_the_bank_posted_back_signed_and_charged_once() throws Exception {
        String conversation = "PAY-" + UUID.randomUUID();
        JsonObject init = client.post("/payment/3dsecure/initialize", IyzicoClient.order(conversation, "129.90",
                "129.90", "TRY", IyzicoSimulator.CARD_SUCCESS, 1, shop.url("/iyzico/3ds")));
        assertThat(init.getString("status")).isEqualTo("success");
        String paymentId = init.getString("paymentId");
        assertThat(init.getString("signature"))
                .isEqualTo(IyzicoSignatures.response(SECRET_KEY, paymentId, conversation));

        Map<String, String> callback = payAtBank(init, ACS_PASSWORD);
        assertThat(callback).containsEntry("status", "success").containsEntry("mdStatus", "1")
                .containsEntry("paymentId", paymentId).containsEntry("conversationId", conversation);
        assertThat(callback.get("signature")).isEqualTo(IyzicoSignatures.callback(SECRET_KEY,
                callback.get("conversationData"), conversation, "1", paymentId, "success"));
        assertThat(iyzico.paymentStatus(paymentId)).isEqualTo("CALLBACK_THREEDS");

        JsonObject auth = auth(paymentId, callback.get("conversationData"), conversation);
        assertThat(auth.getString("status")).isEqualTo("success");
        assertThat(auth.getJsonNumber("paidPrice").bigDecimalValue()).isEqualByComparingTo("129.90");
        assertThat(auth.getInt("mdStatus")).isEqualTo(1);
        assertThat(auth.getJsonArray("itemTransactions")).hasSize(2);
        assertThat(auth.getString("signature")).isEqualTo(IyzicoSignatures.response(SECRET_KEY, paymentId, "TRY",
                "B-" + conversation, conversation, new BigDecimal("129.9"), new BigDecimal("129.9")));
        assertThat(auth(paymentId, callback.get("conversationData"), conversation).getString("errorCode"))
                .isEqualTo("5104");

        JsonObject detail = client.post("/payment/detail", "{\"locale\":\"tr\",\"conversationId\":\"" + conversation
                + "\",\"paymentId\":\"" + paymentId + "\"}");
        assertThat(detail.getString("paymentStatus")).isEqualTo("SUCCESS");
        assertThat(detail.getString("signature")).isEqualTo(auth.getString("signature"));
    }

    @Test
    void a_declined_card_or_a_failed_3ds_step_settles_as_a_failure_with_iyzicos_error() throws Exception {
        String conversation = "PAY-" + UUID.randomUUID();
        JsonObject init = client.post("/payment/3dsecure/initialize", IyzicoClient.order(conversation, "50", "50",
                "TRY", IyzicoSimulator.CARD_INSUFFICIENT_FUNDS, 1, shop.url("/iyzico/3ds")));
        Map<String, String> callback = payAtBank(init, ACS_PASSWORD);
        JsonObject declined = auth(init.getString("paymentId"), callback.get("conversationData"), conversation);
        assertThat(declined.getString("status")).isEqualTo("failure");
        assertThat(declined.getString("errorCode")).isEqualTo("10051");
        assertThat(declined.getString("errorGroup")).isEqualTo("NOT_SUFFICIENT_FUNDS");

        JsonObject mdZero = client.post("/payment/3dsecure/initialize", IyzicoClient.order(conversation + "-2", "50",
                "50", "TRY", IyzicoSimulator.CARD_MD_STATUS_0, 1, shop.url("/iyzico/3ds")));
        Map<String, String> failed = payAtBank(mdZero, ACS_PASSWORD);
        assertThat(failed).containsEntry("status", "failure").containsEntry("mdStatus", "0");
        JsonObject refused = auth(mdZero.getString("paymentId"), failed.get("conversationData"), conversation + "-2");
        assertThat(refused.getString("errorCode")).isEqualTo("5103");
        assertThat(iyzico.paymentStatus(mdZero.getString("paymentId"))).isEqualTo("FAILURE");
    }

    @Test
    void the_checkout_form_page_posts_the_token_back_and_retrieve_tells_the_signed_result() throws Exception {
        String conversation = "PAY-" + UUID.randomUUID();
        JsonObject init = client.post("/payment/iyzipos/checkoutform/initialize/auth/ecom", IyzicoClient.order(
                conversation, "100", "100", "TRY", null, 1, shop.url("/iyzico/form")));
        String token = init.getString("token");
        assertThat(init.getString("signature")).isEqualTo(IyzicoSignatures.response(SECRET_KEY, conversation, token));
        assertThat(init.getString("paymentPageUrl")).startsWith(iyzico.baseUrl());
        assertThat(retrieve(token, conversation).containsKey("paymentStatus")).isFalse();

        String page = Browser.get(init.getString("paymentPageUrl")).body();
        assertThat(page).contains("autocomplete=cc-number").contains("<option value=3>");
        String result = Browser.submit(page, Map.of("cardHolderName", "John Doe", "cardNumber",
                IyzicoSimulator.CARD_AXESS, "expireMonth", "12", "expireYear", "2030", "cvc", "123",
                "installment", "3")).body();
        assertThat(Browser.action(result)).isEqualTo(shop.url("/iyzico/form"));
        assertThat(Browser.hidden(result)).isEqualTo(Map.of("token", token));

        JsonObject form = retrieve(token, conversation);
        assertThat(form.getString("paymentStatus")).isEqualTo("SUCCESS");
        assertThat(form.getInt("installment")).isEqualTo(3);
        // Axess, 3 installments: iyzico's published table gives 104.96 for 100
        BigDecimal paid = form.getJsonNumber("paidPrice").bigDecimalValue();
        assertThat(paid).isEqualByComparingTo("104.96");
        assertThat(form.getString("signature")).isEqualTo(IyzicoSignatures.response(SECRET_KEY, "SUCCESS",
                form.getString("paymentId"), "TRY", "B-" + conversation, conversation, paid, new BigDecimal("100"),
                token));
        assertThat(Browser.get(init.getString("paymentPageUrl")).statusCode()).isEqualTo(409);
        assertThat(client.post("/payment/iyzipos/checkoutform/auth/ecom/detail", "{\"token\":\"nope\"}")
                .getString("errorCode")).isEqualTo("5124");
    }

    @Test
    void iyzicos_order_rules_refuse_a_basket_that_does_not_add_up_and_foreign_currency_on_a_domestic_card()
            throws Exception {
        String wrongBasket = IyzicoClient.order("C1", "100", "100", "TRY", IyzicoSimulator.CARD_SUCCESS, 1,
                shop.url("/x")).replace("\"price\":100,", "\"price\":100.01,");
        assertThat(client.post("/payment/3dsecure/initialize", wrongBasket).getString("errorCode")).isEqualTo("5062");
        assertThat(client.post("/payment/3dsecure/initialize", IyzicoClient.order("C2", "100", "100", "EUR",
                IyzicoSimulator.CARD_SUCCESS, 1, shop.url("/x"))).getString("errorCode")).isEqualTo("5184");
        assertThat(client.post("/payment/3dsecure/initialize", IyzicoClient.order("C3", "100", "100", "TRY",
                "5528790000000009", 1, shop.url("/x"))).getString("errorCode")).isEqualTo("12");
        assertThat(client.post("/payment/3dsecure/initialize", IyzicoClient.order("C4", "100", "100", "TRY",
                IyzicoSimulator.CARD_DEBIT, 3, shop.url("/x"))).getString("errorCode")).isEqualTo("5107");
        assertThat(client.post("/payment/3dsecure/initialize", IyzicoClient.order("C5", "100", "100", "TRY",
                IyzicoSimulator.CARD_SUCCESS, 1, shop.url("/x")).replace("\"price\":100,", "\"price\":\"1,00\","))
                .getString("errorCode")).isEqualTo("11");
    }

    @Test
    void an_unknown_key_or_a_wrong_signature_answers_iyzicos_failure_and_does_nothing() throws Exception {
        String json = "{\"locale\":\"en\",\"conversationId\":\"A1\",\"binNumber\":\"552608\",\"price\":\"100\"}";
        String path = "/payment/iyzipos/installment";
        JsonObject unknown = SimulatorJson.read(client.sendSigned(path, json, IyzicoSignatures.authorization(
                "sandbox-nobody", SECRET_KEY, "r1", path, json), java.time.Duration.ofSeconds(5)).body());
        assertThat(unknown.getString("status")).isEqualTo("failure");
        assertThat(unknown.getString("errorCode")).isEqualTo("1001");
        assertThat(unknown.getString("conversationId")).isEqualTo("A1");
        JsonObject tampered = SimulatorJson.read(client.sendSigned(path, json.replace("100", "1"),
                IyzicoSignatures.authorization(IyzicoSimulator.API_KEY, SECRET_KEY, "r2", path, json),
                java.time.Duration.ofSeconds(5)).body());
        assertThat(tampered.getString("errorCode")).isEqualTo("1000");
        assertThat(tampered.getString("errorMessage")).isEqualTo("Invalid signature");
        assertThat(tampered.getString("locale")).isEqualTo("en");
        assertThat(tampered.containsKey("installmentDetails")).isFalse();
    }

    private Map<String, String> payAtBank(JsonObject init, String password) throws Exception {
        return shopper.payAtBank(init, password);
    }

    private JsonObject auth(String paymentId, String conversationData, String conversationId)
            throws Exception {
        return shopper.auth(paymentId, conversationData, conversationId);
    }

    private JsonObject retrieve(String token, String conversationId) throws Exception {
        return shopper.retrieve(token, conversationId);
    }
}
