package io.kervan.it.payments;

import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.devkit.simulators.PaynetSimulator.Endpoint;
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

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.kervan.it.payments.PaynetShopper.WEBHOOK_SECRET;
import static io.kervan.it.payments.PaynetShopper.browser;
import static io.kervan.it.payments.PaynetShopper.create;
import static io.kervan.it.payments.PaynetShopper.enterCard;
import static io.kervan.it.payments.PaynetShopper.orderState;
import static io.kervan.it.payments.PaynetShopper.payUntilCallback;
import static io.kervan.it.payments.PaynetShopper.paymentColumn;
import static io.kervan.it.payments.PaynetShopper.post;
import static io.kervan.it.payments.PaynetShopper.refundStatus;
import static io.kervan.it.payments.PaynetShopper.shopWithPaynet;
import static io.kervan.it.payments.PaynetShopper.xactId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * PAYNET's 3-D Secure API payment end to end over real HTTP: Kervan's card page, tds_initial, the bank's page (the
 * simulator), the session_id/token_id post back, tds_charge and transaction/check, refunds that PAYNET reviews, and
 * what happens when the post is forged or PAYNET's answer is slow or lost. The test plays the shopper's browser.
 */
@KervanTest
class PaynetPaymentIT {

    private static PaynetSimulator paynet;

    @BeforeAll
    static void startPaynet() {
        paynet = PaynetSimulator.start();
        paynet.slowAnswers(Duration.ofSeconds(5)); // longer than the server waits (kervan.outbound.read-timeout 3 s)
    }

    @AfterAll
    static void stopPaynet() {
        paynet.close();
    }

    @Test
    void a_shopper_pays_through_3d_secure_and_the_order_is_confirmed_and_paid_exactly_once() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet");
        Response created = create(s);
        created.then().statusCode(201).body("payment.amount", equalTo("129.90"))
                .body("payment.provider", equalTo("paynet")).body("payment.status", equalTo("pending"));
        String number = created.path("payment.payment_number");
        assertThat(created.<String>path("payment_url")).endsWith("/api/payments/card/paynet/" + number + "/");

        Response bankPage = enterCard(s, created.path("payment_url"), PaynetSimulator.CARD_SUCCESS);
        bankPage.then().statusCode(200).contentType(containsString("text/html"))
                .body(not(containsString(PaynetSimulator.CARD_SUCCESS)));
        assertThat(paymentColumn("provider_references", number)).contains("\"session_id\"");
        Callback callback = PaynetShopper.authenticate(bankPage.asString(), PaynetSimulator.ACS_PASSWORD);
        assertThat(callback.path()).isEqualTo("/api/payments/return/paynet/" + number + "/");
        assertThat(callback.fields()).containsKeys("session_id", "token_id");

        Response back = post(s, callback);
        assertThat(back.statusCode()).as(back::asString).isEqualTo(303);
        assertThat(back.header("Location")).startsWith(s.returnUrl()).contains("status=completed");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paymentColumn("provider_references", number)).contains("\"xact_id\"", "\"authorization_code\"")
                .doesNotContain(PaynetSimulator.CARD_SUCCESS);
        assertThat(paynet.charges(number)).isEqualTo(1);

        // The browser posts the same callback again: nothing is charged twice, the order is confirmed once.
        post(s, callback).then().statusCode(303);
        assertThat(paynet.charges(number)).isEqualTo(1);
        assertThat(KuveytTurkShopper.confirmations(s.orderId())).isEqualTo(1);
        s.shop().request().body(Map.of("transaction_id", number, "provider", "paynet")).post("/api/payments/verify/")
                .then().statusCode(200).body("payment.status", equalTo("completed"));
    }

    @Test
    void a_declined_card_or_a_failed_3d_secure_fails_the_payment_and_charges_nothing() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-decline");
        Response declined = create(s);
        Response back = post(s, payUntilCallback(s, declined, PaynetSimulator.CARD_INSUFFICIENT_FUNDS));
        assertThat(back.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        String number = declined.path("payment.payment_number");
        assertThat(paymentColumn("failure_reason", number)).contains("Limit yetersiz").contains("51");
        assertThat(paynet.charges(number)).isZero();
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        Response again = create(s);
        Response failed = post(s, payUntilCallback(s, again, PaynetSimulator.CARD_3DS_FAILS));
        assertThat(failed.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        assertThat(paymentColumn("failure_reason", again.path("payment.payment_number"))).contains("3D");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
    }

    @Test
    void a_forged_callback_or_another_payments_session_never_charges_or_settles_a_payment() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-forged");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback genuine = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);

        Response forgedToken = post(s, genuine.with("token_id", "tok_forged"));
        assertThat(forgedToken.header("Location")).startsWith(s.cancelUrl()).contains("status=pending");
        post(s, genuine.with("session_id", "ses_made_up")).then().statusCode(303);
        post(s, new Callback(genuine.path(), Map.of("session_id", ""))).then().statusCode(303);
        assertThat(paynet.charges(number)).isZero();
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        // The genuine session of this 129.90 payment, posted to another payment of 249.90 of the same shop: it is
        // not that payment's session, so neither is charged.
        Setup dearer = shopWithPaynet(paynet, "paynet-dearer");
        String dearerCart = dearer.shop().addToCart(null, dearer.shop().addProduct(dearer.owner(), "PNT2", "240.00",
                5), 1);
        String dearerOrder = dearer.shop().request().body(Api.Shop.orderBody(dearerCart, "b@example.com",
                dearer.shop().addShippingMethod(dearer.owner(), "9.90"))).post("/api/orders/").then().statusCode(201)
                .extract().path("order.id");
        Response other = dearer.shop().request().body(Map.of("order_id", dearerOrder, "provider", "paynet"))
                .post("/api/payments/create/");
        String otherNumber = other.path("payment.payment_number");
        Response otherPage = enterCard(dearer, other.path("payment_url"), PaynetSimulator.CARD_SUCCESS);
        assertThat(otherPage.statusCode()).isEqualTo(200);
        Response crossed = post(dearer, new Callback("/api/payments/return/paynet/" + otherNumber + "/",
                genuine.fields()));
        assertThat(crossed.header("Location")).contains("status=pending");
        assertThat(paynet.charges(number)).isZero();
        assertThat(paynet.charges(otherNumber)).isZero();
        assertThat(paymentColumn("status", otherNumber)).isEqualTo("PENDING");

        // None of that spoilt the genuine callback.
        post(s, genuine).then().statusCode(303);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paynet.charges(number)).isEqualTo(1);
    }

    @Test
    void a_charge_whose_answer_is_slow_or_lost_is_retried_and_charges_once() throws Exception {
        for (SimulatedFault fault : new SimulatedFault[]{SimulatedFault.SLOW_ANSWER, SimulatedFault.LOST_ANSWER}) {
            Setup s = shopWithPaynet(paynet, "paynet-" + fault.name().toLowerCase().replace('_', '-'));
            Response created = create(s);
            String number = created.path("payment.payment_number");
            Callback callback = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);

            paynet.failNext(Endpoint.TDS_CHARGE, fault, 1); // PAYNET charges, Kervan never hears
            post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"))
                    .body("detail", containsString("do not pay again"));
            assertThat(paynet.charges(number)).isEqualTo(1);
            assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

            // The browser tries again: Kervan finds the charge with transaction/check and does not charge again.
            Response back = post(s, callback);
            assertThat(back.header("Location")).as(fault.name()).startsWith(s.returnUrl())
                    .contains("status=completed");
            assertThat(paynet.charges(number)).isEqualTo(1);
            assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        }

        // A charge that never reached PAYNET (it hung up before acting) is made once on the retry.
        Setup s = shopWithPaynet(paynet, "paynet-5xx");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);
        paynet.failNext(Endpoint.TDS_CHARGE, SimulatedFault.SERVER_ERROR, 1);
        post(s, callback).then().statusCode(503);
        assertThat(paynet.charges(number)).isZero();
        post(s, callback).then().statusCode(303);
        assertThat(paynet.charges(number)).isEqualTo(1);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void a_payment_whose_answer_was_lost_is_settled_when_kervan_asks_paynet() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-lost");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS);
        paynet.failNext(Endpoint.TDS_CHARGE, SimulatedFault.LOST_ANSWER, 1);
        post(s, callback).then().statusCode(503);
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        // The reconciler's question (transaction/check by reference_no), asked through verify.
        s.shop().request().body(Map.of("transaction_id", number, "provider", "paynet")).post("/api/payments/verify/")
                .then().statusCode(200).body("payment.status", equalTo("completed"));
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paymentColumn("provider_references", number)).contains("\"xact_id\"");
        assertThat(paynet.charges(number)).isEqualTo(1);
    }

    @Test
    void a_refund_stays_pending_until_paynet_approves_it_and_the_admin_shows_it_so() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-refund");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        String paymentId = created.path("payment.id");
        post(s, payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS)).then().statusCode(303);
        String xact = xactId(number);

        s.shop().request().auth().oauth2(s.owner()).body(Map.of("reason", "iade"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202)
                .body("refund.status", equalTo("pending")).body("payment.status", equalTo("completed"))
                .body("payment.refunded_amount", equalTo("0.00")).body("payment.refundable_amount", equalTo("0.00"))
                .body("message", containsString("onayını bekliyor"));
        assertThat(refundStatus(paymentId)).isEqualTo("PENDING");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(adminOrderPage(s)).contains("onay bekliyor");

        // Asking again while PAYNET reviews makes no second request; an unsigned post to the outcome address before
        // PAYNET decided changes nothing either (Kervan asks PAYNET, which still waits).
        s.shop().request().auth().oauth2(s.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202)
                .body("resumed", equalTo(true));
        browser(s).contentType("application/json").body("{\"xact_id\":\"x\",\"code\":\"0\",\"status\":\"3\"}")
                .post("/api/payments/refund-outcome/paynet/" + number + "/").then().statusCode(200)
                .body("status", equalTo("pending"));
        assertThat(refundStatus(paymentId)).isEqualTo("PENDING");

        assertThat(paynet.approveRefund(xact)).isEqualTo(200);
        assertThat(paynet.refunded(xact)).isEqualByComparingTo(new BigDecimal("129.90"));
        assertThat(refundStatus(paymentId)).isEqualTo("SUCCEEDED");
        assertThat(paymentColumn("status", number)).isEqualTo("REFUNDED");
        assertThat(orderState(s.orderId())).isEqualTo("REFUNDED/REFUNDED");
        assertThat(adminOrderPage(s)).doesNotContain("onay bekliyor");
    }

    @Test
    void a_refund_paynet_rejects_fails_and_its_amount_can_be_refunded_again() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-reject");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        String paymentId = created.path("payment.id");
        post(s, payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS)).then().statusCode(303);

        s.shop().request().auth().oauth2(s.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202);
        assertThat(paynet.rejectRefund(xactId(number), "Belge eksik")).isEqualTo(200);
        assertThat(refundStatus(paymentId)).isEqualTo("FAILED");
        assertThat(Database.single("select failure_reason from refunds where payment_id = ?::uuid", paymentId)
                .toString()).contains("Belge eksik");
        assertThat(paymentColumn("status", number)).isEqualTo("COMPLETED");
        s.shop().request().auth().oauth2(s.owner()).get("/api/payments/?order_id=" + s.orderId()).then()
                .body("payments[0].refundable_amount", equalTo("129.90"));
        assertThat(paynet.refunded(xactId(number))).isZero();
    }

    @Test
    void three_installments_charge_the_order_total_which_is_then_refunded_in_parts_to_the_kurus() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-inst-refund");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        String paymentId = created.path("payment.id");
        // The shop pays PAYNET's fee (as tds_initial is sent), so three installments cost the shopper nothing more.
        s.shop().request().get("/api/payments/" + number + "/installments/?bin="
                        + PaynetSimulator.CARD_SUCCESS.substring(0, 6)).then().statusCode(200)
                .body("options.find { it.count == 3 }.total", equalTo("129.90"))
                .body("options.find { it.count == 3 }.monthly", equalTo("43.30"));
        post(s, payUntilCallback(s, created, PaynetSimulator.CARD_SUCCESS, "3")).then().statusCode(303);
        String xact = xactId(number);
        assertThat(paymentColumn("installment_count", number)).isEqualTo("3");
        assertThat(new BigDecimal(paymentColumn("charged_amount", number))).isEqualByComparingTo("129.90");

        paynet.advanceClock(Duration.ofDays(1)); // PAYNET refunds part of a sale only after its day
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "50.00"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202);
        assertThat(paynet.approveRefund(xact)).isEqualTo(200);
        assertThat(paynet.refunded(xact)).isEqualByComparingTo("50.00");
        s.shop().request().auth().oauth2(s.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(202);
        assertThat(paynet.approveRefund(xact)).isEqualTo(200);
        assertThat(paynet.refunded(xact)).isEqualByComparingTo("129.90");
        assertThat(new BigDecimal(paymentColumn("refunded_amount", number))).isEqualByComparingTo("129.90");
        assertThat(orderState(s.orderId())).isEqualTo("REFUNDED/REFUNDED");
    }

    @Test
    void testing_the_integration_checks_the_secret_key_without_moving_money() {
        Setup good = shopWithPaynet(paynet, "paynet-test-ok");
        good.shop().request().auth().oauth2(good.owner()).post("/api/integrations/" + good.integrationId() + "/test/")
                .then().statusCode(200).body("integration.last_test_ok", equalTo(true))
                .body("integration.last_test_message", equalTo("PAYNET accepted the test secret key"));

        good.shop().request().auth().oauth2(good.owner()).body(Map.of("api_secret", "sck_not_a_merchant_key_000"))
                .patch("/api/integrations/" + good.integrationId() + "/").then().statusCode(200);
        String answer = good.shop().request().auth().oauth2(good.owner())
                .post("/api/integrations/" + good.integrationId() + "/test/").then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", containsString("secret key")).extract().asString();
        assertThat(answer).doesNotContain("sck_not_a_merchant_key_000").doesNotContain(PaynetSimulator.SECRET_KEY);
    }

    @Test
    void another_shop_cannot_pay_settle_or_refund_the_payment() throws Exception {
        Setup a = shopWithPaynet(paynet, "paynet-a");
        Response created = create(a);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(a, created, PaynetSimulator.CARD_SUCCESS);

        Setup b = shopWithPaynet(paynet, "paynet-b");
        browser(b).get("/api/payments/card/paynet/" + number + "/").then().statusCode(404);
        post(b, callback).then().statusCode(404);
        browser(b).post("/api/payments/refund-outcome/paynet/" + number + "/").then().statusCode(404);
        assertThat(paynet.charges(number)).isZero();

        post(a, callback).then().statusCode(303);
        b.shop().request().auth().oauth2(b.owner()).body(Map.of())
                .post("/api/payments/" + created.path("payment.id") + "/refund/").then().statusCode(404);
    }

    @Test
    void the_secret_key_the_webhook_secret_and_the_card_appear_in_no_response_row_or_log_line() throws Exception {
        Setup s = shopWithPaynet(paynet, "paynet-secret");
        Response created = create(s);
        Response page = enterCard(s, created.path("payment_url"), PaynetSimulator.CARD_SUCCESS);
        Response back = post(s, PaynetShopper.authenticate(page.asString(), PaynetSimulator.ACS_PASSWORD));
        String integration = s.shop().request().auth().oauth2(s.owner()).get("/api/integrations/"
                + s.integrationId() + "/").then().statusCode(200).extract().asString();
        String audit = s.shop().request().auth().oauth2(s.owner()).get("/api/integrations/audit/").asString();
        assertThat(integration + audit + created.asString() + page.asString() + back.asString())
                .doesNotContain(PaynetSimulator.SECRET_KEY).doesNotContain(WEBHOOK_SECRET)
                .doesNotContain(PaynetSimulator.CARD_SUCCESS);
        assertThat(Database.count("select count(*) from payments where provider_references like ?",
                "%" + PaynetSimulator.CARD_SUCCESS + "%")).isZero();
        String log = Files.readString(Path.of(System.getProperty("kervan.test.work-dir"), "wildfly-base", "log",
                "server.log"));
        assertThat(log).doesNotContain(PaynetSimulator.SECRET_KEY).doesNotContain(WEBHOOK_SECRET)
                .doesNotContain(PaynetSimulator.CARD_SUCCESS);
    }

    private static String adminOrderPage(Setup s) {
        Response page = Api.shop(s.shop().slug()).accept("text/html").cookie("admin_token", s.owner())
                .get("/admin/orders/" + s.orderId());
        assertThat(page.statusCode()).as(page::asString).isEqualTo(200);
        return page.asString();
    }
}
