package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.devkit.simulators.KuveytTurkSimulator.Gate;
import io.kervan.it.payments.KuveytTurkShopper.Callback;
import io.kervan.it.payments.KuveytTurkShopper.Setup;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static io.kervan.it.payments.KuveytTurkShopper.PASSWORD;
import static io.kervan.it.payments.KuveytTurkShopper.authenticate;
import static io.kervan.it.payments.KuveytTurkShopper.browser;
import static io.kervan.it.payments.KuveytTurkShopper.confirmations;
import static io.kervan.it.payments.KuveytTurkShopper.create;
import static io.kervan.it.payments.KuveytTurkShopper.enterCard;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.payUntilCallback;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static io.kervan.it.payments.KuveytTurkShopper.post;
import static io.kervan.it.payments.KuveytTurkShopper.shopWithKuveyt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Kuveyt Türk's 3-D Secure model end to end over real HTTP: Kervan's card page, the bank's enrollment and 3-D Secure
 * page (the simulator), the AuthenticationResponse the browser posts back, the provision, refunds, status, and what
 * happens when the callback is forged or the bank fails. The test plays the shopper's browser.
 */
@KervanTest
class KuveytTurkPaymentIT {

    private static KuveytTurkSimulator bank;

    @BeforeAll
    static void startBank() {
        bank = KuveytTurkShopper.startBank();
    }

    @AfterAll
    static void stopBank() {
        bank.close();
    }

    @Test
    void a_shopper_pays_through_3d_secure_and_the_order_is_confirmed_and_paid_exactly_once() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt");
        Response created = create(s);
        created.then().statusCode(201).body("payment.amount", equalTo(s.total()))
                .body("payment.provider", equalTo("kuveyt")).body("payment.status", equalTo("pending"));
        String number = created.path("payment.payment_number");
        assertThat(created.<String>path("transaction_id")).isEqualTo(number);
        assertThat(created.<String>path("payment_url")).endsWith("/api/payments/card/kuveyt/" + number + "/");

        browser(s).get(URI.create(created.<String>path("payment_url")).getPath()).then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString("129.90 TRY"))
                .body(containsString("name=card_number"));
        Response threeDSecure = enterCard(s, created.path("payment_url"), KuveytTurkSimulator.TEST_CARD);
        threeDSecure.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("type=password")).body(containsString("518896******2544"))
                .body(not(containsString(KuveytTurkSimulator.TEST_CARD)));
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        Callback callback = authenticate(threeDSecure.asString(), KuveytTurkSimulator.ACS_PASSWORD);
        assertThat(callback.path()).isEqualTo("/api/payments/return/kuveyt/" + number + "/");
        Response back = post(s, callback);
        assertThat(back.statusCode()).as(back::asString).isEqualTo(303);
        assertThat(back.header("Location")).startsWith(s.returnUrl()).contains("status=completed")
                .contains("payment_number=" + number);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paymentColumn("status", number)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("provider_references", number)).contains("\"OrderId\"", "\"ProvisionNumber\"",
                "\"RRN\"", "\"Stan\"").doesNotContain(KuveytTurkSimulator.TEST_CARD);
        assertThat(bank.charges(number)).isEqualTo(1);

        // The browser posts the same callback again (back button, refresh): nothing moves twice.
        Response again = post(s, callback);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).startsWith(s.returnUrl()).contains("status=completed");
        assertThat(bank.charges(number)).isEqualTo(1);
        assertThat(confirmations(s.orderId())).isEqualTo(1);

        s.shop().request().body(Map.of("transaction_id", number, "provider", "kuveyt")).post("/api/payments/verify/")
                .then().statusCode(200).body("success", equalTo(true)).body("payment.status", equalTo("completed"));
        s.shop().request().auth().oauth2(s.owner()).get("/api/orders/" + s.orderId() + "/").then()
                .body("order.status", equalTo("confirmed")).body("order.payment_status", equalTo("paid"));
        browser(s).get(URI.create(created.<String>path("payment_url")).getPath()).then().statusCode(409)
                .body("code", equalTo("payment_not_open"));
    }

    @Test
    void a_partial_refund_then_the_rest_go_to_the_bank_and_a_whole_refund_is_one_drawback() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-refund");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        post(s, payUntilCallback(s, created, KuveytTurkSimulator.TEST_CARD, KuveytTurkSimulator.ACS_PASSWORD))
                .then().statusCode(303);
        String paymentId = created.path("payment.id");

        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "100.00", "reason", "damaged"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("partially_refunded")).body("payment.refunded_amount",
                        equalTo("100.00"));
        assertThat(bank.refunded(number)).isEqualTo(10000);
        assertThat(bank.lastOrderStatus(number)).isEqualTo(5);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");

        s.shop().request().auth().oauth2(s.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("refunded"));
        assertThat(bank.refunded(number)).isEqualTo(12990);
        assertThat(bank.lastOrderStatus(number)).isEqualTo(4);
        assertThat(bank.refunds(number)).containsExactly("PartialDrawback", "PartialDrawback");
        assertThat(orderState(s.orderId())).isEqualTo("REFUNDED/REFUNDED");
        assertThat(Database.count("select count(*) from refunds where payment_id = ?::uuid", paymentId))
                .isEqualTo(2);

        Setup whole = shopWithKuveyt(bank, "kuveyt-drawback");
        Response paid = create(whole);
        post(whole, payUntilCallback(whole, paid, KuveytTurkSimulator.TEST_CARD, KuveytTurkSimulator.ACS_PASSWORD))
                .then().statusCode(303);
        whole.shop().request().auth().oauth2(whole.owner()).body(Map.of())
                .post("/api/payments/" + paid.path("payment.id") + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("refunded"));
        assertThat(bank.refunds(paid.path("payment.payment_number"))).containsExactly("DrawBack");
    }

    @Test
    void a_declined_card_or_a_wrong_acs_password_fails_the_payment_and_sends_the_shopper_to_the_cancel_page()
            throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-decline");
        Response declined = create(s);
        Response back = post(s, payUntilCallback(s, declined, KuveytTurkSimulator.DECLINED_CARD,
                KuveytTurkSimulator.ACS_PASSWORD));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        String number = declined.path("payment.payment_number");
        assertThat(paymentColumn("failure_reason", number)).contains("51");
        assertThat(bank.charges(number)).isZero();
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        // The order can be paid again; this time the shopper mistypes the ACS password.
        Response retried = create(s);
        Response failed = post(s, payUntilCallback(s, retried, KuveytTurkSimulator.TEST_CARD, "654321"));
        assertThat(failed.header("Location")).startsWith(s.cancelUrl()).contains("status=failed");
        assertThat(paymentColumn("failure_reason", retried.path("payment.payment_number")))
                .contains("ThreeDSecureFailed");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
    }

    @Test
    void a_tampered_or_forged_authentication_response_never_completes_a_payment() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-tamper");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback genuine = payUntilCallback(s, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);
        assertThat(genuine.xml()).contains("<Amount>12990</Amount>", "<MerchantOrderId>" + number);

        Response cheaper = post(s, genuine.withXml(genuine.xml().replace("<Amount>12990</Amount>",
                "<Amount>100</Amount>")));
        assertThat(cheaper.header("Location")).startsWith(s.cancelUrl()).contains("status=pending");
        Response otherOrder = post(s, genuine.withXml(genuine.xml().replace(number, number + "X")));
        assertThat(otherOrder.header("Location")).contains("status=pending");
        post(s, new Callback(genuine.path(), "not a bank response")).then().statusCode(303);
        assertThat(bank.charges(number)).isZero();
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        // None of that spoilt the genuine callback.
        post(s, genuine).then().statusCode(303);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(bank.charges(number)).isEqualTo(1);

        // A forged success for a payment that never went through 3-D Secure: its MD is made up.
        Setup forged = shopWithKuveyt(bank, "kuveyt-forged");
        Response victim = create(forged);
        String victimNumber = victim.path("payment.payment_number");
        String forgedXml = genuine.xml().replace(number, victimNumber)
                .replaceAll("<MD>[^<]*</MD>", "<MD>" + UUID.randomUUID() + "</MD>");
        Response forgedBack = post(forged, new Callback("/api/payments/return/kuveyt/" + victimNumber + "/",
                URLEncoder.encode(forgedXml, StandardCharsets.UTF_8)));
        assertThat(forgedBack.header("Location")).startsWith(forged.cancelUrl()).contains("status=failed");
        assertThat(bank.charges(victimNumber)).isZero();
        assertThat(orderState(forged.orderId())).isEqualTo("PENDING/PENDING");
    }

    @Test
    void when_the_bank_fails_the_shopper_gets_a_503_and_nothing_is_lost() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-down");
        Response created = create(s);
        String number = created.path("payment.payment_number");

        bank.failNext(Gate.PAY_GATE, "500", 1);
        enterCard(s, created.path("payment_url"), KuveytTurkSimulator.TEST_CARD).then().statusCode(503)
                .contentType(containsString("application/problem+json")).body("code", equalTo("provider_unavailable"));
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        Callback callback = payUntilCallback(s, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);
        bank.failNext(Gate.PROVISION_GATE, "500", 1);
        post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"))
                .body("detail", containsString("do not pay again"));
        assertThat(bank.charges(number)).isZero();
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");

        // The shopper's browser tries again: the MD was never used, so the provision goes through now.
        Response back = post(s, callback);
        assertThat(back.header("Location")).startsWith(s.returnUrl()).contains("status=completed");
        assertThat(bank.charges(number)).isEqualTo(1);

        String paymentId = created.path("payment.id");
        bank.failNext(Gate.REFUND, "500", 1);
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "29.90"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(503)
                .body("code", equalTo("provider_unavailable"));
        assertThat(bank.refunded(number)).isZero();
        // Recorded before the bank was asked, and left requested for a retry or the reconciler to complete.
        assertThat(Database.column("select status from refunds where payment_id = ?::uuid", paymentId))
                .containsExactly("REQUESTED");
        assertThat(paymentColumn("status", number)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("refunded_amount", number)).isEqualTo("0.0000");
    }

    @Test
    void a_provision_whose_answer_times_out_is_settled_from_the_banks_own_record() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-slow");
        Response created = create(s);
        String number = created.path("payment.payment_number");
        Callback callback = payUntilCallback(s, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);

        bank.failNext(Gate.PROVISION_GATE, "slow", 1); // the bank takes the money but answers too late
        post(s, callback).then().statusCode(503).body("code", equalTo("provider_unavailable"));
        assertThat(bank.charges(number)).isEqualTo(1);
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");

        // The reconciler's question, asked through verify: GetMerchantOrderDetail finds the sale.
        s.shop().request().body(Map.of("transaction_id", number, "provider", "kuveyt")).post("/api/payments/verify/")
                .then().statusCode(200).body("payment.status", equalTo("completed"));
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(paymentColumn("provider_references", number)).contains("\"RRN\"", "\"ProvisionNumber\"");

        // A refund whose answer is lost is not given twice when staff ask again.
        String paymentId = created.path("payment.id");
        bank.failNext(Gate.REFUND, "slow", 1);
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "29.90"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(503)
                .body("detail", containsString("asking again is safe"));
        assertThat(bank.refunded(number)).isEqualTo(2990);
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "29.90"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.refunded_amount", equalTo("29.90"));
        assertThat(bank.refunded(number)).isEqualTo(2990);
        assertThat(bank.refunds(number)).containsExactly("PartialDrawback");
    }

    @Test
    void testing_the_integration_checks_the_api_user_without_moving_money() {
        Setup good = shopWithKuveyt(bank, "kuveyt-test-ok");
        good.shop().request().auth().oauth2(good.owner()).post("/api/integrations/" + good.integrationId() + "/test/")
                .then().statusCode(200).body("integration.last_test_ok", equalTo(true))
                .body("integration.last_test_message", equalTo("Kuveyt Türk accepted the test API user"));

        Setup wrongPassword = shopWithKuveyt(bank, "kuveyt-test-pw", "kervan-api", "not-the-password");
        wrongPassword.shop().request().auth().oauth2(wrongPassword.owner())
                .post("/api/integrations/" + wrongPassword.integrationId() + "/test/").then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", containsString("HashDataError"));

        Setup unknownUser = shopWithKuveyt(bank, "kuveyt-test-user", "nobody", PASSWORD);
        unknownUser.shop().request().auth().oauth2(unknownUser.owner())
                .post("/api/integrations/" + unknownUser.integrationId() + "/test/").then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", containsString("ApiUserNotDefined"));
    }

    @Test
    void another_shop_cannot_see_or_use_the_integration_or_the_payment() throws Exception {
        Setup a = shopWithKuveyt(bank, "kuveyt-a");
        Response created = create(a);
        String number = created.path("payment.payment_number");
        String paymentId = created.path("payment.id");
        Callback callback = payUntilCallback(a, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);

        Setup b = shopWithKuveyt(bank, "kuveyt-b");
        b.shop().request().auth().oauth2(b.owner()).get("/api/integrations/" + a.integrationId() + "/")
                .then().statusCode(404);
        b.shop().request().auth().oauth2(b.owner()).post("/api/integrations/" + a.integrationId() + "/test/")
                .then().statusCode(404);
        browser(b).get("/api/payments/card/kuveyt/" + number + "/").then().statusCode(404)
                .body("code", equalTo("payment_not_found"));
        post(b, callback).then().statusCode(404);
        b.shop().request().auth().oauth2(b.owner()).get("/api/payments/").then().statusCode(200)
                .body("payments.size()", equalTo(0));
        assertThat(bank.charges(number)).isZero();

        post(a, callback).then().statusCode(303);
        b.shop().request().auth().oauth2(b.owner()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(404);
        assertThat(bank.refunded(number)).isZero();
    }

    @Test
    void the_api_password_and_the_card_number_appear_in_no_response_row_or_log_line() throws Exception {
        Setup s = shopWithKuveyt(bank, "kuveyt-secret");
        Response created = create(s);
        Response page = enterCard(s, created.path("payment_url"), KuveytTurkSimulator.TEST_CARD);
        post(s, authenticate(page.asString(), KuveytTurkSimulator.ACS_PASSWORD)).then().statusCode(303);
        enterCard(s, created.path("payment_url"), KuveytTurkSimulator.TEST_CARD).then().statusCode(409);
        Setup other = shopWithKuveyt(bank, "kuveyt-secret-2");
        enterCard(other, create(other).path("payment_url"), "5188961939192545").then().statusCode(400)
                .body("code", equalTo("validation_failed"));

        String integration = s.shop().request().auth().oauth2(s.owner()).get("/api/integrations/"
                + s.integrationId() + "/").then().statusCode(200)
                .body("integration.credentials.test.api_secret", equalTo("••••Pass")).extract().asString();
        assertThat(integration).doesNotContain(PASSWORD);
        String audit = s.shop().request().auth().oauth2(s.owner()).get("/api/integrations/audit/").asString();
        assertThat(audit + created.asString() + page.asString()).doesNotContain(PASSWORD)
                .doesNotContain(KuveytTurkSimulator.TEST_CARD);
        assertThat(Database.count("select count(*) from payments where provider_references like ?",
                "%" + KuveytTurkSimulator.TEST_CARD + "%")).isZero();
        assertThat(Database.count("select count(*) from audit_log where details like ?", "%" + PASSWORD + "%"))
                .isZero();

        String log = Files.readString(Path.of(System.getProperty("kervan.test.work-dir"), "wildfly-base", "log",
                "server.log"));
        assertThat(log).doesNotContain(PASSWORD).doesNotContain(KuveytTurkSimulator.TEST_CARD)
                .doesNotContain("5188961939192545");
    }
}
