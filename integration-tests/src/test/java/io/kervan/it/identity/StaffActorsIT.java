package io.kervan.it.identity;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who did something is recorded by their account's id, with the name they had then: a staff member whose email is
 * as long as an email may be works like anyone else, and what they did stays theirs after their email changes.
 */
@KervanTest
class StaffActorsIT {

    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stopEsimGo() {
        esimGo.close();
    }

    /** 249 characters: a 60-character local part and labels of 63 (the most RFC 1035 allows). */
    private static String longEmail() {
        String local = ("admin" + UUID.randomUUID().toString().replace("-", "") + "a".repeat(60)).substring(0, 60);
        String email = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(55) + ".test";
        assertThat(email).hasSize(249);
        return email;
    }

    @Test
    void a_staff_member_with_a_long_email_cancels_refunds_connects_and_syncs_and_stays_recorded_by_id() {
        Shop shop = Api.openShop("long-actor");
        String owner = shop.ownerToken();
        String email = longEmail();
        String adminId = shop.request().auth().oauth2(owner).body(Map.of("email", email,
                        "password", "admin-password-1", "full_name", "Ayşe Uzunadres", "role", "admin"))
                .post("/api/staff/members/").then().statusCode(201).extract().path("id");
        String admin = shop.request().body(Map.of("email", email, "password", "admin-password-1"))
                .post("/api/staff/auth/login/").then().statusCode(200).extract().path("access_token");
        RequestSpecification asAdmin = shop.request().auth().oauth2(admin);

        // Creates an integration: the audit log names the admin by id.
        asAdmin.body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode",
                        "config", Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                                "cancel_url", "https://" + shop.slug() + ".example/cart")))
                .post("/api/integrations/").then().statusCode(201);
        asAdmin.get("/api/integrations/audit/").then().statusCode(200)
                .body("entries[0].action", equalTo("integration.created"))
                .body("entries[0].actor", equalTo("staff:" + email))
                .body("entries[0].actor_kind", equalTo("staff"))
                .body("entries[0].actor_id", equalTo(adminId))
                .body("entries[0].actor_name", equalTo(email));

        // Cancels an order.
        String product = shop.addProduct(owner, "LONG", "100.00", 10);
        String shipping = shop.addShippingMethod(owner, "20.00");
        String cancelled = placeOrder(shop, product, shipping);
        asAdmin.body(Map.of("status", "cancelled", "note", "customer asked")).patch("/api/orders/" + cancelled + "/")
                .then().statusCode(200)
                .body("order.status", equalTo("cancelled"))
                .body("order.history[1].actor", equalTo("staff:" + email))
                .body("order.history[1].actor_kind", equalTo("staff"))
                .body("order.history[1].actor_id", equalTo(adminId))
                .body("order.history[1].actor_name", equalTo(email));

        // Refunds a paid order.
        String paid = placeOrder(shop, product, shipping);
        String paymentId = payWithSandbox(shop, paid);
        asAdmin.body(Map.of("amount", "20.00", "reason", "late delivery"))
                .post("/api/payments/" + paymentId + "/refund/").then().statusCode(200)
                .body("refund.actor", equalTo("staff:" + email))
                .body("refund.actor_id", equalTo(adminId))
                .body("refund.status", equalTo("succeeded"));

        // Connects eSIM Go and syncs its catalogue.
        Map<String, Object> esim = new HashMap<>(Map.of("provider_type", "esimgo", "name", "eSIM Go (UAT)",
                "status", "test_mode", "api_key", EsimGoSimulator.API_KEY, "test_endpoint", esimGo.baseUrl(),
                "api_endpoint", "https://api.esim-go.com/v2.4"));
        esim.put("config", Map.of("markup_percent", 30, "currency", "USD"));
        String esimIntegration = asAdmin.body(esim).post("/api/integrations/").then().statusCode(201)
                .extract().path("integration.id");
        asAdmin.post("/api/esim/catalogue/sync/").then().statusCode(200)
                .body("sync.started_by", equalTo("staff:" + email))
                .body("sync.started_by_id", equalTo(adminId));
        asAdmin.delete("/api/integrations/" + esimIntegration + "/").then().statusCode(200);

        // The admin's email changes (Kervan has no endpoint for it yet): every record still leads to them.
        String renamed = "ayse@" + shop.slug() + ".test";
        Database.execute("update staff_members set email = '" + renamed + "' where id = '" + adminId + "'");
        String tenant = Database.single("select id::text from tenants where slug = ?", shop.slug()).toString();
        String byActor = "select distinct s.email from %s r join staff_members s on s.id = r.actor_id "
                + "where r.tenant_id = ?::uuid and r.actor_kind = 'STAFF'";
        assertThat(Database.column(String.format(byActor, "audit_log"), tenant)).containsExactly(renamed);
        assertThat(Database.column(String.format(byActor, "order_status_changes"), tenant))
                .containsExactly(renamed);
        assertThat(Database.column(String.format(byActor, "refunds"), tenant)).containsExactly(renamed);
        assertThat(Database.column(String.format(byActor, "esim_catalogue_syncs"), tenant))
                .containsExactly(renamed);
        shop.request().auth().oauth2(owner).get("/api/orders/" + cancelled + "/").then().statusCode(200)
                .body("order.history[1].actor_id", equalTo(adminId))
                .body("order.history[1].actor_name", equalTo(email));
    }

    private static String placeOrder(Shop shop, String product, String shipping) {
        String cart = shop.addToCart(null, product, 1);
        return shop.request().body(Shop.orderBody(cart, "buyer@example.com", shipping)).post("/api/orders/")
                .then().statusCode(201).extract().path("order.id");
    }

    /** Pays the order on the sandbox's hosted page, as the shopper would; returns the payment's id. */
    private static String payWithSandbox(Shop shop, String orderId) {
        var created = shop.request().body(Map.of("order_id", orderId, "provider", "sandbox"))
                .post("/api/payments/create/").then().statusCode(201).extract();
        String page = URI.create(created.<String>path("payment_url")).getPath();
        shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .contentType(ContentType.URLENC).accept(ContentType.ANY).formParam("action", "succeed").post(page)
                .then().statusCode(303);
        shop.request().body(Map.of("transaction_id", created.path("transaction_id"), "provider", "sandbox"))
                .post("/api/payments/verify/").then().statusCode(200).body("payment.status", equalTo("completed"));
        return created.path("payment.id");
    }
}
