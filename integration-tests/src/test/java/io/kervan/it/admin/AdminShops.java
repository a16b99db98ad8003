package io.kervan.it.admin;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shops as the admin panel's (and escrow's) tests need them, made through the API: a Turkish shop with a mug in stock, a shipping
 * method by Aras Kargo and the sandbox gateway; orders placed by guests, paid on the sandbox's page or left unpaid;
 * staff members of each role.
 */
public final class AdminShops {

    private AdminShops() {
    }

    /** A shop ready to sell; {@code owner} is the owner's API token. */
    public record Ready(Shop shop, String owner, String mugId, String shippingMethodId) {

        public String url(String path) {
            return "http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + path;
        }

        /** A guest's order of {@code quantity} mugs (250.00 each) plus 29.90 shipping, not paid. */
        public Placed order(String email, int quantity) {
            String cart = shop.addToCart(null, mugId, quantity);
            var placed = shop.request().body(Shop.orderBody(cart, email, shippingMethodId)).post("/api/orders/")
                    .then().statusCode(201).extract();
            return new Placed(this, placed.path("order.id"), placed.path("order.order_number"), email);
        }

        /** The same, paid on the sandbox's page: confirmed and paid. */
        public Placed paidOrder(String email, int quantity) {
            Placed order = order(email, quantity);
            Response created = shop.request().body(Map.of("order_id", order.id(), "provider", "sandbox"))
                    .post("/api/payments/create/").then().statusCode(201).extract().response();
            String page = URI.create(created.<String>path("payment_url")).getPath();
            Response choice = shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                            .followRedirects(false))).contentType(ContentType.URLENC).accept(ContentType.ANY)
                    .formParam("action", "succeed").post(page);
            assertThat(choice.statusCode()).isEqualTo(303);
            shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                    .followRedirects(false))).get(URI.create(choice.header("Location")).getPath());
            assertThat(order.state()).isEqualTo("CONFIRMED/PAID");
            return order;
        }

        /** Adds a member with {@code role} (admin or staff); returns their email. Password: {@link #PASSWORD}. */
        public String member(String role) {
            String email = role + "-" + System.nanoTime() + "@" + shop.slug() + ".test";
            shop.request().auth().oauth2(owner).body(Map.of("email", email, "password", PASSWORD,
                    "full_name", "Üye " + role, "role", role)).post("/api/staff/members/").then().statusCode(201);
            return email;
        }
    }

    public static final String PASSWORD = "member-password-1";

    public record Placed(Ready ready, String id, String number, String email) {

        /** {@code STATUS/PAYMENT_STATUS} as stored. */
        public String state() {
            return Database.single("select status || '/' || payment_status from orders where id = ?::uuid", id)
                    .toString();
        }
    }

    public static Ready open(String prefix) {
        Shop shop = Api.openShop(prefix, "tr");
        String owner = shop.ownerToken();
        String mug = shop.request().auth().oauth2(owner).body(Map.of("sku", "MUG", "name", "Kervan Kupa",
                        "product_type", "physical", "price", "250.00", "currency", "TRY", "stock", 100))
                .post("/api/staff/products/").then().statusCode(201).extract().path("id");
        String shipping = shop.addShippingMethod(owner, "29.90");
        shop.request().auth().oauth2(owner)
                .body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode"))
                .post("/api/integrations/").then().statusCode(201);
        return new Ready(shop, owner, mug, shipping);
    }
}
