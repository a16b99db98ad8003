package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.kervan.devkit.simulators.IyzicoSimulator.Endpoint;
import static io.kervan.devkit.simulators.IyzicoSimulator.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Injected faults and signed webhooks of the iyzico simulator. */
class IyzicoFaultsAndWebhooksTest extends IyzicoTestSupport {

    @Test
    void a_lost_auth_answer_leaves_the_payment_charged_once_for_the_merchant_to_find_by_detail() throws Exception {
        String conversation = "PAY-" + UUID.randomUUID();
        JsonObject init = shopper.initialize(conversation, "75", IyzicoSimulator.CARD_SUCCESS, 1);
        Map<String, String> callback = shopper.payAtBank(init, IyzicoSimulator.ACS_PASSWORD);
        iyzico.failNext(Endpoint.THREEDS_AUTH, SimulatedFault.LOST_ANSWER, 1);
        assertThatThrownBy(() -> shopper.auth(init.getString("paymentId"), callback.get("conversationData"),
                conversation)).isInstanceOf(IOException.class);

        JsonObject detail = client.post("/payment/detail", "{\"conversationId\":\"" + conversation
                + "\",\"paymentConversationId\":\"" + conversation + "\"}");
        assertThat(detail.getString("paymentStatus")).isEqualTo("SUCCESS");
        assertThat(detail.getString("paymentId")).isEqualTo(init.getString("paymentId"));
        assertThat(shopper.auth(init.getString("paymentId"), callback.get("conversationData"), conversation)
                .getString("errorCode")).isEqualTo("5104");
    }

    @Test
    void a_server_error_or_a_hung_request_carries_nothing_out_and_the_next_request_is_served() throws Exception {
        String json = IyzicoClient.order("F-" + UUID.randomUUID(), "10", "10", "TRY", null, 1, shop.url("/f"));
        String path = Endpoint.CHECKOUT_FORM_INITIALIZE.path;
        iyzico.failNext(Endpoint.CHECKOUT_FORM_INITIALIZE, SimulatedFault.SERVER_ERROR, 1);
        assertThat(client.send(path, json, Duration.ofSeconds(5)).statusCode()).isEqualTo(500);

        iyzico.slowAnswers(Duration.ofMillis(1500));
        iyzico.failNext(Endpoint.CHECKOUT_FORM_INITIALIZE, SimulatedFault.HANG, 1);
        assertThatThrownBy(() -> client.send(path, json, Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
        iyzico.failNext(Endpoint.REFUND_V2, SimulatedFault.SLOW_ANSWER, 1);
        assertThatThrownBy(() -> client.send(Endpoint.REFUND_V2.path, "{\"paymentId\":\"1\",\"price\":1}",
                Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(client.post(path, json).getString("status")).isEqualTo("success");
    }

    @Test
    void settled_payments_announce_themselves_signed_with_a_fresh_reference_and_can_be_duplicated_or_forged()
            throws Exception {
        iyzico.sendWebhooksTo(shop.url("/api/webhooks/iyzico"), "demo.localhost", InetAddress.getByName("127.0.0.2"));
        String conversation = "PAY-" + UUID.randomUUID();
        String paymentId = shopper.pay(conversation, "42", IyzicoSimulator.CARD_SUCCESS).getString("paymentId");
        CallbackReceiver.Received first = shop.await(r -> r.path().equals("/api/webhooks/iyzico")
                && r.body().contains(conversation));
        assertThat(first.header("Host")).isEqualTo("demo.localhost");
        assertThat(first.remoteAddress()).isEqualTo("127.0.0.2");
        JsonObject event = SimulatorJson.read(first.body());
        assertThat(event.getString("iyziEventType")).isEqualTo("THREE_DS_AUTH");
        assertThat(event.getString("status")).isEqualTo("SUCCESS");
        assertThat(event.getJsonNumber("paymentId").longValue()).isEqualTo(Long.parseLong(paymentId));
        assertThat(event.getJsonNumber("merchantId").longValue()).isEqualTo(IyzicoSimulator.MERCHANT_ID);
        assertThat(first.header("X-IYZ-SIGNATURE-V3")).isEqualTo(IyzicoSignatures.webhookDirect(SECRET_KEY,
                "THREE_DS_AUTH", paymentId, conversation, "SUCCESS"));

        String reference = event.getString("iyziReferenceCode");
        assertThat(iyzico.resendWebhook(reference)).isEqualTo(200);
        CallbackReceiver.Received duplicate = shop.received().get(shop.received().size() - 1);
        assertThat(duplicate.body()).isEqualTo(first.body());

        shop.answer(401);
        assertThat(iyzico.sendForgedWebhook(paymentId)).isEqualTo(401);
        CallbackReceiver.Received forged = shop.received().get(shop.received().size() - 1);
        String forgedReference = SimulatorJson.read(forged.body()).getString("iyziReferenceCode");
        assertThat(forgedReference).isNotEqualTo(reference);
        assertThat(forged.header("X-IYZ-SIGNATURE-V3")).isNotEqualTo(IyzicoSignatures.webhookDirect(SECRET_KEY,
                "THREE_DS_AUTH", paymentId, conversation, "SUCCESS"));
        shop.answer(200);
        iyzico.retryFailedWebhooks();
        assertThat(iyzico.webhooks().stream().filter(w -> w.id().equals(forgedReference)).findFirst()
                .orElseThrow().statuses()).containsExactly(401, 200);
        iyzico.sendWebhooksTo(null, null);
    }
}
