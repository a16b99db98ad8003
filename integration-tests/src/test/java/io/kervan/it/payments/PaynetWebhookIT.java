package io.kervan.it.payments;

import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.devkit.simulators.PaynetSimulator.Endpoint;
import io.kervan.devkit.simulators.SentWebhook;
import io.kervan.devkit.simulators.SimulatedFault;
import io.kervan.it.payments.PaynetShopper.Callback;
import io.kervan.it.payments.PaynetShopper.Setup;
import io.kervan.it.support.Api;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kervan.it.payments.PaynetShopper.WEBHOOK_SECRET;
import static io.kervan.it.payments.PaynetShopper.create;
import static io.kervan.it.payments.PaynetShopper.orderState;
import static io.kervan.it.payments.PaynetShopper.payUntilCallback;
import static io.kervan.it.payments.PaynetShopper.paymentColumn;
import static io.kervan.it.payments.PaynetShopper.post;
import static io.kervan.it.payments.PaynetShopper.refundStatus;
import static io.kervan.it.payments.PaynetShopper.shopWithPaynet;
import static io.kervan.it.payments.PaynetShopper.xactId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAYNET's shop webhook (seed 004): {@code POST /api/webhooks/paynet-callback} on the shop's host and Kervan's
 * per-integration path, HMAC-SHA256 under the integration's webhook secret, the integration's address allow-list,
 * duplicates acknowledged and not acted on again, every delivery logged.
 */
@KervanTest
class PaynetWebhookIT {

    private static PaynetSimulator paynet;

    @BeforeAll
    static void startPaynet() {
        paynet = PaynetSimulator.start();
    }

    @AfterAll
    static void stopPaynet() {
        paynet.close();
    }

    @Test
    void a_signed_webhook_from_an_allowed_address_settles_a_payment_whose_answer_was_lost_and_only_once()
            throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-hook", List.of("127.0.0.2"));
        paynet.sendFrom(InetAddress.getByName("127.0.0.2"));
        paynet.sendWebhooksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/paynet-callback", s.host(),
                WEBHOOK_SECRET);
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);
        paynet.failNext(Endpoint.TDS_CHARGE, SimulatedFault.LOST_ANSWER, 1);
        post(s, callback).then().statusCode(503);

        SentWebhook charged = delivered("payment_succeeded", number);
        assertThat(charged.lastStatus()).isEqualTo(200);
        assertThat(paymentColumn("status", number)).isEqualTo("COMPLETED");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");

        // The same event again: acknowledged, not acted on.
        assertThat(paynet.resendWebhook(charged.id())).isEqualTo(200);
        assertThat(KuveytTurkShopper.confirmations(s.orderId())).isEqualTo(1);
        // Signed with another secret: refused.
        assertThat(paynet.sendForgedWebhook(xactId(number))).isEqualTo(401);
        // From an address outside the integration's allow-list: refused.
        paynet.sendFrom(InetAddress.getByName("127.0.0.3"));
        assertThat(paynet.resendWebhook(charged.id())).isEqualTo(403);
        // Kervan's per-integration path takes the same delivery the same way.
        paynet.sendFrom(InetAddress.getByName("127.0.0.2"));
        paynet.sendWebhooksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/paynet/" + s.integrationId()
                + "/", s.host(), WEBHOOK_SECRET);
        assertThat(paynet.resendWebhook(charged.id())).isEqualTo(200);
        assertThat(paynet.charges(number)).isEqualTo(1);

        assertThat(Database.column("select outcome || ' ' || http_status || ' ' || coalesce(source_address, '') "
                        + "from webhook_log where provider = 'paynet' and body_sha256 is not null "
                        + "and integration_id = ?::uuid order by received_at", s.integrationId()))
                .containsExactly("processed 200 127.0.0.2", "duplicate 200 127.0.0.2", "invalid_webhook 401 127.0.0.2",
                        "webhook_source_not_allowed 403 127.0.0.3", "duplicate 200 127.0.0.2");
        String logged = String.valueOf(Database.column("select headers from webhook_log where integration_id = ?::uuid",
                s.integrationId()));
        assertThat(logged).doesNotContain(WEBHOOK_SECRET).doesNotContain(charged.signature());
    }

    @Test
    void a_refund_decision_reaches_kervan_and_settles_the_pending_refund_once() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-hook-refund", List.of("127.0.0.2"));
        paynet.sendFrom(InetAddress.getByName("127.0.0.2"));
        paynet.sendWebhooksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/paynet-callback", s.host(),
                WEBHOOK_SECRET);
        Response created = create(s);
        String number = created.path("payment.payment_number");
        String paymentId = created.path("payment.id");
        post(s, payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS)).then().statusCode(303);
        s.shop().request().auth().oauth2(s.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202);

        assertThat(paynet.approveRefund(xactId(number))).isEqualTo(200);
        assertThat(delivered("refund_approved", number).lastStatus()).isEqualTo(200);
        assertThat(refundStatus(paymentId)).isEqualTo("SUCCEEDED");
        assertThat(paymentColumn("status", number)).isEqualTo("REFUNDED");
        assertThat(Database.count("select count(*) from refunds where payment_id = ?::uuid", paymentId))
                .isEqualTo(1);
    }

    /** Waits for the simulator's webhook of {@code type} about the payment to have been answered. */
    private static SentWebhook delivered(String type, String paymentNumber) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            for (SentWebhook w : paynet.webhooks()) {
                if (w.type().equals(type) && !w.statuses().isEmpty()
                        && w.payload().contains("\"reference_no\":\"" + paymentNumber + "\"")) {
                    return w;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + type + " webhook was answered for " + paymentNumber);
    }
}
