package io.kervan.it.payments;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Stripe Checkout end to end against the Stripe simulator: the shop's own keys, the hosted page, the signed webhook
 * (verified, deduplicated, logged), refunds, and what happens when Stripe fails.
 */
@KervanTest
class StripePaymentIT {

    private static final String WEBHOOK_SECRET = "whsec_test_kervan_signing_secret";
    private static StripeSimulator stripe;

    @BeforeAll
    static void startStripe() {
        stripe = StripeSimulator.start();
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    private record Setup(Shop shop, String owner, String integrationId, String orderId, String total) {
    }

    private static Setup shopWithStripe(String prefix, String apiKey, List<String> allowedIps) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> config = new HashMap<>(Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                "cancel_url", "https://" + shop.slug() + ".example/cart"));
        if (allowedIps != null) {
            config.put("webhook_allowed_ips", allowedIps);
        }
        String integration = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "stripe",
                        "name", "Stripe", "status", "test_mode", "api_key", apiKey, "webhook_secret", WEBHOOK_SECRET,
                        "test_endpoint", stripe.baseUrl(), "api_endpoint", "https://api.stripe.com", "config", config))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        stripe.sendWebhooksTo("http://127.0.0.1:" + Api.HTTP_PORT + "/api/webhooks/stripe/" + integration + "/",
                shop.slug() + ".localhost", WEBHOOK_SECRET);
        String cart = shop.addToCart(null, shop.addProduct(owner, "STR", "250.00", 5), 2);
        var order = shop.request().body(Shop.orderBody(cart, "stripe-buyer@example.com",
                shop.addShippingMethod(owner, "15.00"))).post("/api/orders/").then().statusCode(201).extract();
        return new Setup(shop, owner, integration, order.path("order.id"), order.path("order.total"));
    }

    private static Response pay(Setup s) {
        return s.shop().request().body(Map.of("order_id", s.orderId(), "provider", "stripe"))
                .post("/api/payments/create/");
    }

    private static int choose(String paymentUrl, String action) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(paymentUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=" + action)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static String orderState(String orderId) {
        return Database.single("select status || '/' || payment_status from orders where id = ?::uuid", orderId)
                .toString();
    }

    private static List<Object> logOutcomes(String integrationId) {
        return Database.column("select outcome from webhook_log where integration_id = ?::uuid order by received_at",
                integrationId);
    }

    @Test
    void a_checkout_paid_on_stripe_is_confirmed_by_its_signed_webhook_exactly_once() throws Exception {
        Setup s = shopWithStripe("stripe", "sk_test_kervan_shop_key_1234", null);
        Response created = pay(s);
        created.then().statusCode(201).body("payment.amount", equalTo(s.total()));
        String session = created.path("transaction_id");
        assertThat(session).startsWith("cs_test_");
        assertThat(created.<String>path("payment_url")).startsWith(stripe.baseUrl() + "/pay/");

        assertThat(choose(created.path("payment_url"), "succeed")).isEqualTo(303);
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");
        assertThat(stripe.redeliver(session)).as(stripe::lastWebhookResponse).isEqualTo(200);
        assertThat(logOutcomes(s.integrationId())).containsExactly("processed", "duplicate");
        assertThat(Database.count("select count(*) from order_status_changes where order_id = ?::uuid "
                + "and to_status = 'CONFIRMED'", s.orderId())).isEqualTo(1);

        s.shop().request().auth().oauth2(s.owner()).get("/api/webhooks/stripe/" + s.integrationId() + "/")
                .then().statusCode(200).body("entries.outcome", hasItems("processed", "duplicate"))
                .body("entries[0].body_sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        String log = Database.column("select headers from webhook_log where integration_id = ?::uuid",
                s.integrationId()).toString();
        assertThat(log).doesNotContain(WEBHOOK_SECRET);

        String paymentId = created.path("payment.id");
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("amount", "100.00"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("partially_refunded"));
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");
    }

    @Test
    void a_forged_or_stale_webhook_is_refused_and_logged() {
        Setup s = shopWithStripe("stripe-forged", "sk_test_kervan_shop_key_5678", null);
        String session = pay(s).path("transaction_id");
        String payload = "{\"id\":\"evt_forged\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":"
                + "{\"id\":\"" + session + "\"}}}";
        long now = Instant.now().getEpochSecond();
        String url = "/api/webhooks/stripe/" + s.integrationId() + "/";
        s.shop().request().header("Stripe-Signature", StripeSimulator.signature(payload, "whsec_wrong", now))
                .body(payload).post(url).then().statusCode(401).body("code", equalTo("invalid_webhook"));
        s.shop().request().header("Stripe-Signature", StripeSimulator.signature(payload, WEBHOOK_SECRET, now - 3600))
                .body(payload).post(url).then().statusCode(401);
        s.shop().request().body(payload).post(url).then().statusCode(401);
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
        assertThat(logOutcomes(s.integrationId())).containsExactly("invalid_webhook", "invalid_webhook",
                "invalid_webhook");
    }

    @Test
    void webhooks_from_an_address_outside_the_allow_list_are_refused() {
        Setup s = shopWithStripe("stripe-ip", "sk_test_kervan_shop_key_9012", List.of("203.0.113.9"));
        String payload = "{\"id\":\"evt_ip\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\"x\"}}}";
        s.shop().request().header("Stripe-Signature",
                        StripeSimulator.signature(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond()))
                .body(payload).post("/api/webhooks/stripe/" + s.integrationId() + "/")
                .then().statusCode(403).body("code", equalTo("webhook_source_not_allowed"));
        assertThat(logOutcomes(s.integrationId())).containsExactly("webhook_source_not_allowed");
    }

    @Test
    void when_stripe_fails_the_shopper_gets_a_503_and_nothing_is_recorded() {
        Setup s = shopWithStripe("stripe-down", "sk_test_kervan_shop_key_3456", null);
        stripe.failNext("500", 3); // the first try and both retries
        pay(s).then().statusCode(503).body("code", equalTo("provider_unavailable"));
        assertThat(Database.count("select count(*) from payments where order_id = ?::uuid", s.orderId())).isZero();
        pay(s).then().statusCode(201);
    }

    @Test
    void a_key_stripe_does_not_accept_is_a_clear_error() {
        Setup s = shopWithStripe("stripe-badkey", "pk_test_not_a_secret_key", null);
        pay(s).then().statusCode(502).body("code", equalTo("provider_refused"));
        assertThat(Database.count("select count(*) from payments where order_id = ?::uuid", s.orderId())).isZero();
    }

    @Test
    void a_declined_checkout_leaves_the_order_unpaid() throws Exception {
        Setup s = shopWithStripe("stripe-decline", "sk_test_kervan_shop_key_7890", null);
        Response created = pay(s);
        assertThat(choose(created.path("payment_url"), "decline")).isEqualTo(303);
        s.shop().request().body(Map.of("transaction_id", created.path("transaction_id"), "provider", "stripe"))
                .post("/api/payments/verify/").then().statusCode(200)
                .body("success", equalTo(false)).body("payment.status", equalTo("failed"));
        assertThat(orderState(s.orderId())).isEqualTo("PENDING/PENDING");
    }

    @Test
    void testing_an_integration_checks_the_keys_of_its_current_mode_and_records_the_outcome() {
        Setup good = shopWithStripe("stripe-test-ok", "sk_test_kervan_shop_key_1111", null);
        good.shop().request().auth().oauth2(good.owner()).post("/api/integrations/" + good.integrationId() + "/test/")
                .then().statusCode(200)
                .body("integration.last_test_ok", equalTo(true))
                .body("integration.last_test_message", equalTo("Stripe accepted the test key"))
                .body("integration.last_test_at", org.hamcrest.Matchers.notNullValue());

        Setup bad = shopWithStripe("stripe-test-bad", "rk_nope_1111", null);
        bad.shop().request().auth().oauth2(bad.owner()).post("/api/integrations/" + bad.integrationId() + "/test/")
                .then().statusCode(200)
                .body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", equalTo("Stripe refused the key"));
        bad.shop().request().auth().oauth2(bad.owner()).get("/api/integrations/audit/").then()
                .body("entries.action", hasItems("integration.tested"));
    }
}
