package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.IyzicoSimulator.Endpoint;
import io.kervan.devkit.simulators.SentWebhook;
import io.kervan.devkit.simulators.SimulatedFault;
import io.kervan.it.payments.IyzicoShopper.Callback;
import io.kervan.it.payments.IyzicoShopper.Setup;
import io.kervan.it.support.Api;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.kervan.it.payments.IyzicoShopper.SECRET_KEY;
import static io.kervan.it.payments.IyzicoShopper.authenticate;
import static io.kervan.it.payments.IyzicoShopper.browser;
import static io.kervan.it.payments.IyzicoShopper.create;
import static io.kervan.it.payments.IyzicoShopper.enterCard;
import static io.kervan.it.payments.IyzicoShopper.payOnHostedPage;
import static io.kervan.it.payments.IyzicoShopper.payUntilCallback;
import static io.kervan.it.payments.IyzicoShopper.post;
import static io.kervan.it.payments.IyzicoShopper.refund;
import static io.kervan.it.payments.IyzicoShopper.shop;
import static io.kervan.it.payments.KuveytTurkShopper.confirmations;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * iyzico end to end over real HTTP against the iyzico simulator: the hosted checkout form and direct 3-D Secure on
 * Kervan's card page, callbacks that settle nothing on their own, a lost answer settled by asking iyzico, refunds
 * made once per key, signed webhooks deduplicated by their reference code. The test plays the shopper's browser.
 */
@KervanTest
class IyzicoPaymentIT extends WithIyzico {

    @Test
    void a_shopper_pays_on_the_checkout_form_and_the_order_is_paid_once_after_the_retrieve() throws Exception {
        Setup s = shop(iyzico, "iyz-form", "checkout_form");
        Response created = create(s);
        created.then().statusCode(201).body("payment.amount", equalTo(s.total()))
                .body("payment.provider", equalTo("iyzico")).body("payment.status", equalTo("pending"));
        String number = created.path("payment.payment_number");
        String token = created.path("transaction_id");
        assertThat(created.<String>path("payment_url")).startsWith(iyzico.baseUrl() + "/cpp?token=" + token);

        Callback callback = payOnHostedPage(created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "1");
        assertThat(callback.path()).isEqualTo("/api/payments/return/iyzico/" + number + "/");
        assertThat(callback.fields()).containsOnlyKeys("token");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        Response back = post(s, callback);
        assertThat(back.statusCode()).as(back::asString).isEqualTo(303);
        assertThat(back.header("Location")).startsWith(s.returnUrl()).contains("status=completed");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paymentColumn("provider_references", number)).contains("\"paymentId\"", "\"token\"")
                .doesNotContain(IyzicoSimulator.CARD_SUCCESS);

        post(s, callback).then().statusCode(303);
        s.shop().request().body(Map.of("transaction_id", token, "provider", "iyzico")).post("/api/payments/verify/")
                .then().statusCode(200).body("payment.status", equalTo("completed"));
        assertThat(confirmations(s.orderId())).isEqualTo(1);
    }

    @Test
    void a_shopper_pays_by_direct_3d_secure_on_kervans_card_page() throws Exception {
        Setup s = shop(iyzico, "iyz-3ds", "direct_3ds");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        assertThat(created.<String>path("transaction_id")).isEqualTo(number);
        assertThat(created.<String>path("payment_url")).endsWith("/api/payments/card/iyzico/" + number + "/");

        Response bankPage = enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS);
        bankPage.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/mock/3ds/")).body(not(containsString(IyzicoSimulator.CARD_SUCCESS)));
        Callback callback = authenticate(bankPage.asString(), IyzicoSimulator.ACS_PASSWORD);
        assertThat(callback.fields()).containsEntry("mdStatus", "1").containsEntry("conversationId", number);
        Response back = post(s, callback);
        assertThat(back.header("Location")).as(back::asString).startsWith(s.returnUrl()).contains("status=completed");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        String paymentId = callback.fields().get("paymentId");
        assertThat(iyzico.paymentStatus(paymentId)).isEqualTo("SUCCESS");

        // Posted again (refresh, back button): iyzico is not asked to take the money twice.
        post(s, callback).then().statusCode(303);
        assertThat(confirmations(s.orderId())).isEqualTo(1);
    }

    @Test
    void a_declined_card_or_a_failed_3d_secure_fails_the_payment_and_sends_the_shopper_to_the_cancel_page()
            throws Exception {
        Setup s = shop(iyzico, "iyz-decline", "direct_3ds");
        Response declined = create(s);
        Response back = post(s, payUntilCallback(s, declined, IyzicoSimulator.CARD_INSUFFICIENT_FUNDS,
                IyzicoSimulator.ACS_PASSWORD));
        assertThat(back.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        assertThat(paymentColumn("failure_reason", declined.path("payment.payment_number"))).contains("10051");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        Response retried = create(s);
        Response wrongPassword = post(s, payUntilCallback(s, retried, IyzicoSimulator.CARD_SUCCESS, "000000"));
        assertThat(wrongPassword.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        assertThat(paymentColumn("failure_reason", retried.path("payment.payment_number"))).contains("mdStatus 0");

        Setup form = shop(iyzico, "iyz-form-decline", "checkout_form");
        Response onForm = create(form);
        post(form, payOnHostedPage(onForm.path("payment_url"), IyzicoSimulator.CARD_DO_NOT_HONOUR, "1"))
                .then().statusCode(303);
        assertThat(paymentColumn("status", onForm.path("payment.payment_number"))).isEqualTo("FAILED");
        assertThat(orderState(form.orderId())).isEqualTo("PENDING/PENDING");
    }

    @Test
    void a_forged_or_borrowed_callback_settles_nothing() throws Exception {
        Setup s = shop(iyzico, "iyz-forged", "direct_3ds");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback genuine = payUntilCallback(s, created, IyzicoSimulator.CARD_SUCCESS, IyzicoSimulator.ACS_PASSWORD);

        // The result of a failed 3-D Secure turned into a success, or unsigned: not iyzico's.
        Response forged = post(s, genuine.with("mdStatus", "1").with("signature", "00"));
        assertThat(forged.header("Location")).startsWith(s.cancelUrl()).contains("status=pending");
        post(s, new Callback(genuine.path(), Map.of("status", "success", "mdStatus", "1"))).then().statusCode(303);
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        // A genuine result of a cheaper order of the same shop, posted to this payment: about another payment.
        Response cheap = cheaperPayment(s);
        Callback cheapResult = payUntilCallback(s, cheap, IyzicoSimulator.CARD_SUCCESS,
                IyzicoSimulator.ACS_PASSWORD);
        Response borrowed = post(s, new Callback(genuine.path(), cheapResult.fields()));
        assertThat(borrowed.header("Location")).contains("status=pending");
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(iyzico.paymentStatus(cheapResult.fields().get("paymentId"))).isEqualTo("CALLBACK_THREEDS");

        // A checkout form's token of another payment is no proof either.
        Setup form = shop(iyzico, "iyz-forged-form", "checkout_form");
        Response formPayment = create(form);
        Response other = create(shop(iyzico, "iyz-forged-other", "checkout_form"));
        Response wrongToken = post(form, new Callback("/api/payments/return/iyzico/"
                + formPayment.path("payment.payment_number") + "/", Map.of("token", other.path("transaction_id"))));
        assertThat(wrongToken.header("Location")).contains("status=pending");

        // None of it spoilt the genuine result, and another shop cannot use it.
        Setup b = shop(iyzico, "iyz-forged-b", "direct_3ds");
        post(b, genuine).then().statusCode(404);
        post(s, genuine).then().statusCode(303);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void a_lost_answer_to_the_3ds_auth_is_settled_by_asking_iyzico_about_the_payment() throws Exception {
        Setup s = shop(iyzico, "iyz-lost", "direct_3ds");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, IyzicoSimulator.CARD_SUCCESS, IyzicoSimulator.ACS_PASSWORD);

        iyzico.failNext(Endpoint.THREEDS_AUTH_V2, SimulatedFault.LOST_ANSWER, 1);
        post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"))
                .body("detail", containsString("do not pay again"));
        assertThat(iyzico.paymentStatus(callback.fields().get("paymentId"))).isEqualTo("SUCCESS");
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        // What the reconciler asks (PaymentService.reconcile and verify share it): iyzico's detail of the payment.
        s.shop().request().body(Map.of("transaction_id", number, "provider", "iyzico")).post("/api/payments/verify/")
                .then().statusCode(200).body("payment.status", equalTo("completed"));
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        // The browser's retry finds it settled and moves nothing.
        post(s, callback).then().statusCode(303);
        assertThat(confirmations(s.orderId())).isEqualTo(1);
    }

    @Test
    void a_partial_refund_then_the_rest_and_a_lost_refund_answer_gives_back_once() throws Exception {
        Setup s = shop(iyzico, "iyz-refund", "checkout_form");
        Response created = create(s);
        post(s, payOnHostedPage(created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "1")).then()
                .statusCode(303);
        String id = created.path("payment.id");
        String iyzicoPayment = iyzicoPaymentId(created.path("payment.payment_number"));

        iyzico.failNext(Endpoint.REFUND_V2, SimulatedFault.LOST_ANSWER, 1);
        refund(s, id, "100.00").then().statusCode(503).body("detail", containsString("asking again is safe"));
        assertThat(iyzico.refunded(iyzicoPayment)).isEqualByComparingTo("100");
        refund(s, id, "100.00").then().statusCode(200).body("payment.status", equalTo("partially_refunded"))
                .body("payment.refunded_amount", equalTo("100.00"));
        assertThat(iyzico.refunded(iyzicoPayment)).isEqualByComparingTo("100");

        refund(s, id, null).then().statusCode(200).body("payment.status", equalTo("refunded"));
        assertThat(iyzico.refunded(iyzicoPayment)).isEqualByComparingTo(s.total());
        assertThat(orderState(s.orderId())).isEqualTo("REFUNDED/REFUNDED");

        // A whole refund on the payment's day is iyzico's cancel.
        Setup whole = shop(iyzico, "iyz-cancel", "direct_3ds");
        Response paid = create(whole);
        post(whole, payUntilCallback(whole, paid, IyzicoSimulator.CARD_SUCCESS, IyzicoSimulator.ACS_PASSWORD))
                .then().statusCode(303);
        refund(whole, paid.path("payment.id"), null).then().statusCode(200).body("payment.status",
                equalTo("refunded"));
        assertThat(Database.column("select provider_reference from refunds where payment_id = ?::uuid",
                paid.<String>path("payment.id")).toString()).contains("cancel:");
    }

    @Test
    void a_duplicated_webhook_is_ignored_and_a_badly_signed_one_is_refused_and_logged() throws Exception {
        Setup s = shop(iyzico, "iyz-hook", "checkout_form");
        iyzico.sendWebhooksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/iyzico/" + s.integrationId()
                + "/", s.shop().slug() + ".localhost");
        try {
            Response created = create(s);
            payOnHostedPage(created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "1");
            SentWebhook event = awaitDelivered();
            assertThat(event.lastStatus()).isEqualTo(200);
            // The webhook alone settled it, through the retrieve; the shopper never came back.
            assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");

            assertThat(iyzico.resendWebhook(event.id())).isEqualTo(200);
            assertThat(iyzico.sendForgedWebhook(event.paymentId())).isEqualTo(401);
            assertThat(Database.column("select outcome from webhook_log where integration_id = ?::uuid "
                    + "order by received_at", s.integrationId())).containsExactly("processed", "duplicate",
                    "invalid_webhook");
            assertThat(confirmations(s.orderId())).isEqualTo(1);
            assertThat(Database.column("select headers from webhook_log where integration_id = ?::uuid",
                    s.integrationId()).toString()).doesNotContain(SECRET_KEY);
        } finally {
            iyzico.sendWebhooksTo(null, null);
        }
    }

    @Test
    void testing_the_integration_checks_the_keys_without_moving_money() {
        Setup good = shop(iyzico, "iyz-test-ok", "checkout_form");
        good.shop().request().auth().oauth2(good.owner()).post("/api/integrations/" + good.integrationId() + "/test/")
                .then().statusCode(200).body("integration.last_test_ok", equalTo(true));
        Setup wrong = shop(iyzico, "iyz-test-bad", "checkout_form", "sandbox-not-the-secret-key-000");
        wrong.shop().request().auth().oauth2(wrong.owner()).post("/api/integrations/" + wrong.integrationId()
                + "/test/").then().statusCode(200).body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", containsString("1000"));
    }

    @Test
    void the_secret_key_and_the_card_number_appear_in_no_response_row_or_log_line() throws Exception {
        Setup s = shop(iyzico, "iyz-secret", "direct_3ds");
        Response created = create(s);
        Response page = enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS);
        post(s, authenticate(page.asString(), IyzicoSimulator.ACS_PASSWORD)).then().statusCode(303);
        String integration = s.shop().request().auth().oauth2(s.owner()).get("/api/integrations/"
                + s.integrationId() + "/").then().statusCode(200).extract().asString();
        assertThat(integration + created.asString() + page.asString()).doesNotContain(SECRET_KEY)
                .doesNotContain(IyzicoSimulator.CARD_SUCCESS);
        assertThat(Database.count("select count(*) from payments where provider_references like ?",
                "%" + IyzicoSimulator.CARD_SUCCESS + "%")).isZero();
        String log = Files.readString(Path.of(System.getProperty("kervan.test.work-dir"), "wildfly-base", "log",
                "server.log"));
        assertThat(log).doesNotContain(SECRET_KEY).doesNotContain(IyzicoSimulator.CARD_SUCCESS);
    }

    private Response cheaperPayment(Setup s) {
        String cart = s.shop().addToCart(null, s.shop().addProduct(s.owner(), "IYZ-CHEAP", "1.00", 5), 1);
        String order = s.shop().request().body(Api.Shop.orderBody(cart, "cheap@example.com",
                s.shop().addShippingMethod(s.owner(), "0.50"))).post("/api/orders/").then().statusCode(201)
                .extract().path("order.id");
        return s.shop().request().body(Map.of("order_id", order, "provider", "iyzico")).post("/api/payments/create/");
    }

    private static String iyzicoPaymentId(String paymentNumber) {
        String references = paymentColumn("provider_references", paymentNumber);
        return references.replaceAll(".*\"paymentId\"\\s*:\\s*\"(\\d+)\".*", "$1");
    }

    private static SentWebhook awaitDelivered() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SentWebhook> sent = iyzico.webhooks();
            if (!sent.isEmpty() && !sent.get(sent.size() - 1).statuses().isEmpty()) {
                return sent.get(sent.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("iyzico's webhook was not delivered");
    }
}
