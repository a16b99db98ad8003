package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimBuyers.Bought;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.support.Api;
import io.kervan.it.support.BackgroundJobs;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Paid eSIM orders bought from the eSIM Go simulator and delivered as QR codes by email, over HTTP as a storefront
 * and its shopper use Kervan: the whole flow, duplicate payment news, slow assignment, 429, 5xx, a lost answer to
 * the order, a refusal, giving up after the last attempt, staff's retry; every time exactly one eSIM Go order and one
 * customer email per paid order. Each test has its own eSIM Go organisation (API key), so its order count is its own.
 */
@KervanTest
class EsimFulfillmentIT {

    /** Beside the catalogue tests' simulator port, so a concurrent run of those cannot collide with this one. */
    private static final int SIMULATOR_PORT = 12151;

    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start(SIMULATOR_PORT);
    }

    @AfterAll
    static void stopEsimGo() {
        EsimShops.disconnectAll();
        esimGo.close();
    }

    private static String organisation() {
        String key = "esimgo-key-" + UUID.randomUUID();
        esimGo.addApiKey(key);
        return key;
    }

    private static long esimsOf(Bought bought) {
        return Database.count("select count(*) from esims where order_id = ?::uuid", bought.orderId());
    }

    @Test
    void a_paid_esim_order_is_bought_once_and_its_qr_codes_reach_the_customer_by_email() throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-flow", esimGo, key);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 2, "traveller@example.com");

        Response delivered = bought.awaitDelivered();
        delivered.then().statusCode(200)
                .body("fulfillment.status", equalTo("delivered"))
                .body("fulfillment.order_status", equalTo("delivered"))
                .body("fulfillment.order_number", equalTo(bought.orderNumber()))
                .body("fulfillment.error", nullValue())
                .body("fulfillment.esims", hasSize(2))
                .body("fulfillment.esims[0].bundle_name", equalTo(EsimBuyers.BUNDLE))
                .body("fulfillment.esims[0].countries", equalTo(List.of("TR")))
                .body("fulfillment.esims[0].qr_code", startsWith("data:image/png;base64,"))
                .body("fulfillment.esims[0].lpa", startsWith("LPA:1$"));
        List<String> lpas = delivered.path("fulfillment.esims.lpa");
        List<String> iccids = delivered.path("fulfillment.esims.iccid");
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        String reference = Database.single("select provider_reference from esim_fulfillments where order_id = ?::uuid",
                bought.orderId()).toString();
        List<String> atEsimGo = RestAssured.given().baseUri(esimGo.baseUrl()).header("X-API-Key", key)
                .accept("application/json").get("/esims/assignments?reference=" + reference)
                .then().statusCode(200).extract().path("iccid");
        assertThat(atEsimGo).containsExactlyInAnyOrderElementsOf(iccids);

        List<MimeMessage> mails = EsimBuyers.mailTo(bought.email(), 2, Duration.ofSeconds(20));
        List<MimeMessage> esimMails = mails.stream().filter(m -> subject(m).contains("eSIM")).toList();
        assertThat(esimMails).hasSize(1);
        MimeMessage mail = esimMails.get(0);
        assertThat(mail.getSubject()).contains(bought.orderNumber());
        assertThat(EsimBuyers.qrCodesIn(mail)).containsExactlyElementsOf(lpas);
        assertThat(EsimBuyers.textOf(mail)).contains(iccids.get(0), iccids.get(1), "iPhone", "Android",
                "SM-DP+");
        assertThat(mails).noneMatch(m -> subject(m).contains("teslim edildi"));

        shop.shop().request().auth().oauth2(shop.owner()).get("/api/orders/" + bought.orderId() + "/").then()
                .body("order.status", equalTo("delivered"))
                .body("order.history.findAll { it.to_status == 'delivered' }[0].actor", equalTo("esim-fulfillment"));
        assertThat(Database.single("select emailed_at is not null from esim_fulfillments where order_id = ?::uuid",
                bought.orderId())).isEqualTo(true);
    }

    @Test
    void duplicate_news_of_the_payment_buy_nothing_more_and_send_no_second_mail() throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-dup", esimGo, key);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "dup@example.com");
        bought.verifyPaymentAgain();
        bought.verifyPaymentAgain();

        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"));
        bought.verifyPaymentAgain();
        BackgroundJobs.awaitAllRun(shop.shop().slug());

        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(1);
        assertThat(Database.count("select count(*) from esim_fulfillments where order_id = ?::uuid",
                bought.orderId())).isEqualTo(1);
        assertThat(Mailbox.mailTo(bought.email()).stream().filter(m -> subject(m).contains("eSIM"))).hasSize(1);
    }

    @Test
    void a_slow_assignment_is_waited_for_and_the_order_shows_assigning_meanwhile() throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-slow", esimGo, key);
        esimGo.slowAssignments(Duration.ofSeconds(6));
        Bought bought;
        try {
            bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "slow@example.com");
            bought.awaitFulfillment("assigning"::equals, Duration.ofSeconds(20)).then()
                    .body("fulfillment.status", equalTo("assigning")).body("fulfillment.esims", hasSize(0))
                    .body("fulfillment.order_status", equalTo("confirmed"));
        } finally {
            esimGo.slowAssignments(Duration.ZERO);
        }
        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"))
                .body("fulfillment.esims", hasSize(1));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(EsimBuyers.mailTo(bought.email(), 2, Duration.ofSeconds(20)).stream()
                .filter(m -> subject(m).contains("eSIM"))).hasSize(1);
    }

    @Test
    void a_429_is_waited_out_for_its_retry_after_and_the_order_is_placed_once() throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-429", esimGo, key);
        esimGo.retryAfter(2);
        esimGo.failNext(EsimGoSimulator.Fault.RATE_LIMIT, 3);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "limited@example.com");

        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(1);
        assertThat(esimGo.requests().stream().filter(r -> r.status() == 429)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_5xx_is_retried_with_backoff_and_the_order_is_placed_once() throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-5xx", esimGo, key);
        esimGo.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 2);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "fivexx@example.com");

        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(1);
    }

    @Test
    void an_order_whose_answer_was_lost_is_found_in_esim_gos_order_list_instead_of_being_bought_again()
            throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-lost", esimGo, key);
        esimGo.slowAnswers(Duration.ofSeconds(5));
        // the validate call answers; the order itself is carried out, but its answer comes after Kervan's 3 s timeout
        esimGo.failNext(EsimGoSimulator.Fault.LATE_ANSWER, 1, 1);
        Bought bought;
        try {
            bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "lost@example.com");
            bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"));
        } finally {
            esimGo.slowAnswers(Duration.ofSeconds(15));
        }
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        assertThat(esimsOf(bought)).isEqualTo(1);
        assertThat(esimGo.requests().stream().filter(r -> r.target().startsWith("/v2.4/orders?"))).isNotEmpty();
    }

    @Test
    void a_refused_order_fails_at_once_emails_the_staff_and_staff_retry_it_when_the_balance_is_topped_up()
            throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-broke", esimGo, key);
        esimGo.setBalance(key, BigDecimal.ZERO);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "broke@example.com");

        bought.awaitFulfillment("failed"::equals, Duration.ofSeconds(30)).then()
                .body("fulfillment.status", equalTo("failed"))
                .body("fulfillment.order_status", equalTo("fulfillment_failed"))
                .body("fulfillment.error", nullValue());
        String owner = shop.owner();
        shop.shop().request().auth().oauth2(owner).get("/api/orders/" + bought.orderId() + "/fulfillment/").then()
                .body("fulfillment.error", org.hamcrest.Matchers.containsString("Insufficient balance"));
        shop.shop().request().auth().oauth2(owner).get("/api/orders/?status=fulfillment_failed").then()
                .statusCode(200).body("orders.id", equalTo(List.of(bought.orderId())));
        List<MimeMessage> staffMails = EsimBuyers.mailTo(shop.shop().ownerEmail(), 1, Duration.ofSeconds(20));
        assertThat(staffMails).hasSize(1);
        assertThat(staffMails.get(0).getSubject()).contains(bought.orderNumber());
        assertThat((String) staffMails.get(0).getContent()).contains("Insufficient balance",
                "/api/orders/" + bought.orderId() + "/fulfillment/retry/");
        assertThat(esimGo.ordersPlaced(key)).isZero();

        Api.openShop("esim-other").asOwner().post("/api/orders/" + bought.orderId() + "/fulfillment/retry/")
                .then().statusCode(404);
        esimGo.setBalance(key, new BigDecimal("1000"));
        shop.shop().request().auth().oauth2(owner).post("/api/orders/" + bought.orderId() + "/fulfillment/retry/")
                .then().statusCode(200).body("fulfillment.order_status", equalTo("confirmed"));
        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"))
                .body("fulfillment.order_status", equalTo("delivered"));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
        shop.shop().request().auth().oauth2(owner).post("/api/orders/" + bought.orderId() + "/fulfillment/retry")
                .then().statusCode(409).body("code", equalTo("fulfillment_not_retryable"))
                .body("fulfillment_status", equalTo("delivered"));
        shop.shop().request().post("/api/orders/" + bought.orderId() + "/fulfillment/retry/").then()
                .statusCode(401);
    }

    @Test
    void after_the_last_attempt_the_order_is_fulfillment_failed_and_a_retry_checks_the_order_list_first()
            throws Exception {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-down", esimGo, key);
        esimGo.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 3);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "down@example.com");
        bought.awaitFulfillment("failed"::equals, Duration.ofSeconds(40)).then()
                .body("fulfillment.status", equalTo("failed"))
                .body("fulfillment.order_status", equalTo("fulfillment_failed"));
        assertThat(Database.single("select attempts from esim_fulfillments where order_id = ?::uuid",
                bought.orderId())).isEqualTo(3);
        assertThat(EsimBuyers.mailTo(shop.shop().ownerEmail(), 1, Duration.ofSeconds(20))).hasSize(1);

        shop.shop().request().auth().oauth2(shop.owner())
                .post("/api/orders/" + bought.orderId() + "/fulfillment/retry/").then().statusCode(200);
        bought.awaitDelivered().then().body("fulfillment.status", equalTo("delivered"));
        assertThat(esimGo.ordersPlaced(key)).isEqualTo(1);
    }

    @Test
    void an_order_without_esims_and_another_shops_order_have_no_fulfillment_to_show() {
        String key = organisation();
        Connected shop = EsimBuyers.shop("esim-seen", esimGo, key);
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "seen@example.com");

        Api.openShop("esim-stranger").request().get("/api/orders/" + bought.orderId() + "/fulfillment/").then()
                .statusCode(404).body("code", equalTo("order_not_found"));
        shop.shop().request().get("/api/orders/" + UUID.randomUUID() + "/fulfillment/").then().statusCode(404);
        shop.shop().request().get("/api/orders/not-a-uuid/fulfillment/").then().statusCode(404);
        Api.Shop plain = Api.openShop("esim-none");
        String owner = plain.ownerToken();
        String cart = plain.addToCart(null, plain.addDigitalProduct(owner, "GIFT", "50.00"), 1);
        Map<String, Object> body = Api.Shop.orderBody(cart, "gift@example.com", null);
        String orderId = plain.request().body(body).post("/api/orders/").then().statusCode(201).extract()
                .path("order.id");
        plain.request().get("/api/orders/" + orderId + "/fulfillment/").then().statusCode(404)
                .body("code", equalTo("no_esims"));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
