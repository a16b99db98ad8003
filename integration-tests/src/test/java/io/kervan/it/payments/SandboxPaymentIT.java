package io.kervan.it.payments;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Paying an order through the built-in sandbox gateway: its hosted page, the return, verify, exactly once. */
@KervanTest
class SandboxPaymentIT {

    private record Placed(Shop shop, String owner, String orderId, String total) {
    }

    private static Placed orderInShopWithSandbox(String prefix, String status) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> integration = new HashMap<>(Map.of("provider_type", "sandbox", "name", "Sandbox",
                "status", status, "config", Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                        "cancel_url", "https://" + shop.slug() + ".example/cart")));
        shop.request().auth().oauth2(owner).body(integration).post("/api/integrations/").then().statusCode(201);
        String cart = shop.addToCart(null, shop.addProduct(owner, "PAY", "120.00", 5), 1);
        var order = shop.request().body(Shop.orderBody(cart, "payer@example.com", shop.addShippingMethod(owner, "9.90")))
                .post("/api/orders/").then().statusCode(201).extract();
        return new Placed(shop, owner, order.path("order.id"), order.path("order.total"));
    }

    private static Response create(Placed p) {
        return p.shop().request().body(Map.of("order_id", p.orderId(), "provider", "sandbox"))
                .post("/api/payments/create/");
    }

    /** Follows the shopper: the hosted page, their choice, and Kervan's return address. */
    private static Response payOnHostedPage(Placed p, String paymentUrl, String action) {
        String path = URI.create(paymentUrl).getPath();
        p.shop().request().accept(ContentType.HTML).get(path).then().statusCode(200)
                .body(containsString("129.9 TRY"));
        Response choice = p.shop().request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                        .followRedirects(false))).contentType(ContentType.URLENC).accept(ContentType.ANY)
                .formParam("action", action).post(path);
        assertThat(choice.statusCode()).isEqualTo(303);
        return p.shop().request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false))).get(URI.create(choice.header("Location")).getPath());
    }

    private static String orderState(String orderId) {
        return Database.single("select status || '/' || payment_status from orders where id = ?::uuid", orderId)
                .toString();
    }

    @Test
    void a_shopper_pays_on_the_sandbox_page_and_the_order_is_confirmed_and_paid() {
        Placed p = orderInShopWithSandbox("pay", "test_mode");
        Response created = create(p);
        created.then().statusCode(201)
                .body("success", equalTo(true))
                .body("payment.payment_number", matchesPattern("PAY-" + p.shop().slug().toUpperCase() + "-\\d{8}-[0-9A-F]{8}"))
                .body("payment.status", equalTo("pending"))
                .body("payment.amount", equalTo(p.total()))
                .body("transaction_id", notNullValue());

        Response back = payOnHostedPage(p, created.path("payment_url"), "succeed");
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).startsWith("https://" + p.shop().slug() + ".example/thanks")
                .contains("status=completed");
        assertThat(orderState(p.orderId())).isEqualTo("CONFIRMED/PAID");

        p.shop().request().body(Map.of("transaction_id", created.path("transaction_id"), "provider", "sandbox"))
                .post("/api/payments/verify/").then().statusCode(200)
                .body("success", equalTo(true))
                .body("message", equalTo("Ödeme doğrulandı ve tamamlandı."))
                .body("payment.status", equalTo("completed"))
                .body("payment.paid_at", notNullValue());
        p.shop().request().auth().oauth2(p.owner()).get("/api/orders/" + p.orderId() + "/").then()
                .body("order.status", equalTo("confirmed")).body("order.payment_status", equalTo("paid"))
                .body("order.history.findAll { it.to_status == 'confirmed' }.size()", equalTo(1));
        p.shop().request().auth().oauth2(p.owner()).get("/api/payments/?order_id=" + p.orderId()).then()
                .statusCode(200).body("payments[0].status", equalTo("completed"));
    }

    @Test
    void another_shops_staff_list_none_of_a_shops_payments() {
        Placed p = orderInShopWithSandbox("pay-mine", "test_mode");
        payOnHostedPage(p, create(p).path("payment_url"), "succeed");
        Placed other = orderInShopWithSandbox("pay-other", "test_mode");
        create(other).then().statusCode(201);

        other.shop().request().auth().oauth2(other.owner()).get("/api/payments/?order_id=" + p.orderId()).then()
                .statusCode(200).body("payments.size()", equalTo(0));
        other.shop().request().auth().oauth2(other.owner()).get("/api/payments/").then()
                .statusCode(200).body("payments.size()", equalTo(1))
                .body("payments[0].order_id", equalTo(other.orderId()));
        p.shop().request().auth().oauth2(p.owner()).get("/api/payments/?status=completed").then()
                .statusCode(200).body("payments.size()", equalTo(1))
                .body("payments[0].order_id", equalTo(p.orderId()));
    }

    @Test
    void a_declined_card_leaves_the_order_unpaid_and_sends_the_shopper_to_the_cancel_page() {
        Placed p = orderInShopWithSandbox("decline", "test_mode");
        Response created = create(p);
        Response back = payOnHostedPage(p, created.path("payment_url"), "decline");
        assertThat(back.header("Location")).startsWith("https://" + p.shop().slug() + ".example/cart")
                .contains("status=failed");
        assertThat(orderState(p.orderId())).isEqualTo("PENDING/PENDING");
        // The order can be paid again with a new payment.
        create(p).then().statusCode(201);
    }

    @Test
    void the_3d_secure_challenge_needs_the_right_code() {
        Placed p = orderInShopWithSandbox("challenge", "test_mode");
        Response created = create(p);
        String path = URI.create(created.<String>path("payment_url")).getPath();
        p.shop().request().contentType(ContentType.URLENC).accept(ContentType.ANY).formParam("action", "challenge")
                .post(path).then().statusCode(200).body(containsString("123456"));
        Response answered = p.shop().request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                        .followRedirects(false))).contentType(ContentType.URLENC).accept(ContentType.ANY)
                .formParam("code", "123456").post(path + "challenge");
        assertThat(answered.statusCode()).isEqualTo(303);
        p.shop().request().body(Map.of("transaction_id", created.path("transaction_id"), "provider", "sandbox"))
                .post("/api/payments/verify/").then().body("payment.status", equalTo("completed"));
        assertThat(orderState(p.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void concurrent_verifications_confirm_the_order_exactly_once() throws Exception {
        Placed p = orderInShopWithSandbox("once", "test_mode");
        Response created = create(p);
        String path = URI.create(created.<String>path("payment_url")).getPath();
        p.shop().request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType(ContentType.URLENC).accept(ContentType.ANY).formParam("action", "succeed").post(path);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> p.shop().request()
                    .body(Map.of("transaction_id", created.path("transaction_id"), "provider", "sandbox"))
                    .post("/api/payments/verify/").statusCode()));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(Database.count("select count(*) from order_status_changes where order_id = ?::uuid "
                + "and to_status = 'CONFIRMED'", p.orderId())).isEqualTo(1);
        assertThat(orderState(p.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void payments_need_a_usable_integration_a_payable_order_and_take_the_amount_from_the_order() {
        Placed p = orderInShopWithSandbox("nopay", "inactive");
        create(p).then().statusCode(409).body("code", equalTo("no_usable_integration"));
        p.shop().request().body(Map.of("order_id", p.orderId(), "provider", "sandbox", "amount", "1.00"))
                .post("/api/payments/create/").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        p.shop().request().body(Map.of("order_id", p.orderId(), "provider", "paypal"))
                .post("/api/payments/create/").then().statusCode(400).body("errors[0].field", equalTo("provider"));
        Shop other = Api.openShop("nopay-other");
        other.request().body(Map.of("order_id", p.orderId(), "provider", "sandbox"))
                .post("/api/payments/create/").then().statusCode(404).body("code", equalTo("order_not_found"));
        p.shop().request().body(Map.of("transaction_id", "sbx_nope", "provider", "sandbox"))
                .post("/api/payments/verify/").then().statusCode(404).body("code", equalTo("payment_not_found"));
        assertThat(Database.count("select count(*) from payments where order_id = ?::uuid", p.orderId())).isZero();

        p.shop().request().auth().oauth2(p.owner()).body(Map.of("status", "cancelled"))
                .patch("/api/orders/" + p.orderId() + "/").then().statusCode(200);
        p.shop().request().auth().oauth2(p.owner()).body(Map.of("status", "test_mode"))
                .patch("/api/integrations/" + Database.single("select id from integrations i where i.tenant_id = "
                        + "(select tenant_id from orders where id = ?::uuid)", p.orderId()) + "/")
                .then().statusCode(200);
        create(p).then().statusCode(409).body("code", equalTo("order_not_payable"));
    }

    @Test
    void staff_refund_part_then_the_rest_and_the_order_follows() {
        Placed p = orderInShopWithSandbox("refund", "test_mode");
        Response created = create(p);
        payOnHostedPage(p, created.path("payment_url"), "succeed");
        String paymentId = created.path("payment.id");
        var staff = p.shop().request().auth().oauth2(p.owner());

        p.shop().request().auth().oauth2(p.owner()).body(Map.of("amount", "500.00"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(422)
                .body("code", equalTo("refund_too_large"));
        p.shop().request().auth().oauth2(p.owner()).body(Map.of("amount", "29.90", "reason", "damaged box"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("partially_refunded"))
                .body("payment.refunded_amount", equalTo("29.90"));
        assertThat(orderState(p.orderId())).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");

        staff.body(Map.of()).post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("payment.status", equalTo("refunded"))
                .body("payment.refunded_amount", equalTo(p.total()));
        assertThat(orderState(p.orderId())).isEqualTo("REFUNDED/REFUNDED");
        assertThat(Database.count("select count(*) from refunds where payment_id = ?::uuid", paymentId)).isEqualTo(2);

        p.shop().request().auth().oauth2(p.owner()).body(Map.of("amount", "1.00"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(409)
                .body("code", equalTo("not_refundable"));
        String customer = p.shop().request().body(Map.of("email", "nosy@example.com", "password", "nosy-password",
                "first_name", "N", "last_name", "N")).post("/api/auth/register/").path("access_token");
        p.shop().request().auth().oauth2(customer).body(Map.of()).post("/api/payments/" + paymentId + "/refund/")
                .then().statusCode(403);
        Shop other = Api.openShop("refund-other");
        other.request().auth().oauth2(other.ownerToken()).body(Map.of())
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(404);
    }

    @Test
    void a_retried_payment_request_with_the_same_idempotency_key_starts_one_payment() {
        Placed p = orderInShopWithSandbox("pay-idem", "test_mode");
        Map<String, Object> body = Map.of("order_id", p.orderId(), "provider", "sandbox");
        String first = p.shop().request().header("Idempotency-Key", "pay-retry-0001").body(body)
                .post("/api/payments/create/").then().statusCode(201).extract().path("payment.id");
        p.shop().request().header("Idempotency-Key", "pay-retry-0001").body(body).post("/api/payments/create/")
                .then().statusCode(201).body("payment.id", equalTo(first));
        assertThat(Database.count("select count(*) from payments where order_id = ?::uuid", p.orderId())).isEqualTo(1);
    }
}
