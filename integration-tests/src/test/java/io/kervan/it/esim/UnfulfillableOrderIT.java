package io.kervan.it.esim;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.BackgroundJobs;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.Mailbox;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A paid order with a digital product that no provider delivers (here: the shop never connected eSIM Go) does not wait
 * silently: it is marked fulfillment_failed with the reason, and the shop's owners and admins get a mail.
 */
@KervanTest
class UnfulfillableOrderIT {

    @Test
    void a_paid_digital_order_without_a_provider_alerts_owners_and_admins_and_shows_fulfillment_failed()
            throws Exception {
        Shop shop = Api.openShop("unprovided");
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).body(Map.of("email", "admin@" + shop.slug() + ".test", "password",
                "admin-password", "role", "admin")).post("/api/staff/members/").then().statusCode(201);
        shop.request().auth().oauth2(owner).body(Map.of("email", "clerk@" + shop.slug() + ".test", "password",
                "clerk-password", "role", "staff")).post("/api/staff/members/").then().statusCode(201);
        shop.request().auth().oauth2(owner).body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status",
                "test_mode")).post("/api/integrations/").then().statusCode(201);
        String cart = shop.addToCart(null, shop.addDigitalProduct(owner, "ESIM-TR-5GB-7D", "299.00"), 1);
        Map<String, Object> body = Shop.orderBody(cart, "esim-buyer@example.com", null);
        body.remove("shipping_address");
        var placed = shop.request().body(body).post("/api/orders/").then().statusCode(201).extract();
        String orderId = placed.path("order.id");
        String number = placed.path("order.order_number");

        payOnTheSandbox(shop, orderId);

        shop.request().auth().oauth2(owner).get("/api/orders/" + orderId + "/").then().statusCode(200)
                .body("order.status", equalTo("fulfillment_failed"))
                .body("order.payment_status", equalTo("paid"))
                .body("order.history.find { it.to_status == 'fulfillment_failed' }.note",
                        containsString("eSIM ESIM-TR-5GB-7D (SKU ESIM-TR-5GB-7D)"));
        shop.request().get("/api/orders/track/" + number + "/").then().body("order.status",
                equalTo("fulfillment_failed"));

        for (String staff : List.of(shop.ownerEmail(), "admin@" + shop.slug() + ".test")) {
            List<MimeMessage> alerts = EsimBuyers.mailTo(staff, 1, Duration.ofSeconds(20));
            assertThat(alerts).as("alert to " + staff).hasSize(1);
            assertThat(alerts.get(0).getSubject()).contains(number, "teslim edecek bir sağlayıcı yok");
            assertThat((String) alerts.get(0).getContent()).contains(number, "esim-buyer@example.com",
                    "ESIM-TR-5GB-7D", "fulfillment_failed", "/api/orders/" + orderId + "/");
        }
        BackgroundJobs.awaitAllRun(shop.slug());
        assertThat(Mailbox.mailTo("clerk@" + shop.slug() + ".test")).isEmpty();
        assertThat(Mailbox.mailTo(shop.ownerEmail())).as("one alert, not more").hasSize(1);
        assertThat(Database.count("select count(*) from esim_fulfillments where order_id = ?::uuid", orderId))
                .isZero();

        // Staff deliver it by hand.
        shop.request().auth().oauth2(owner).body(Map.of("status", "delivered")).patch("/api/orders/" + orderId + "/")
                .then().statusCode(200).body("order.status", equalTo("delivered"));
    }

    private static void payOnTheSandbox(Shop shop, String orderId) {
        Response created = shop.request().body(Map.of("order_id", orderId, "provider", "sandbox"))
                .post("/api/payments/create/").then().statusCode(201).extract().response();
        Response choice = shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                        .followRedirects(false))).contentType(ContentType.URLENC).accept(ContentType.ANY)
                .formParam("action", "succeed").post(URI.create(created.<String>path("payment_url")).getPath());
        assertThat(choice.statusCode()).isEqualTo(303);
        Response back = shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false))).get(URI.create(choice.header("Location")).getPath());
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).contains("/orders/" + orderId + "/complete").contains("status=completed");
    }
}
