package io.kervan.it.orders;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Staff move orders along the legal paths; customers see only their own; every change is in the history. */
@KervanTest
class OrderLifecycleIT {

    private record Placed(Shop shop, String owner, String orderId, String orderNumber, String productId) {
    }

    private static Placed placeOrder(Shop shop, String owner, String email) {
        String product = shop.addProduct(owner, "P-" + email.hashCode(), "40.00", 10);
        String shipping = shop.addShippingMethod(owner, "10.00");
        String cart = shop.addToCart(null, product, 3);
        var response = shop.request().body(Shop.orderBody(cart, email, shipping)).post("/api/orders/")
                .then().statusCode(201).extract();
        return new Placed(shop, owner, response.path("order.id"), response.path("order.order_number"), product);
    }

    private static io.restassured.response.Response patch(Placed p, Map<String, Object> body) {
        return p.shop().request().auth().oauth2(p.owner()).body(body).patch("/api/orders/" + p.orderId() + "/");
    }

    @Test
    void an_order_goes_from_pending_to_delivered_and_each_step_is_recorded() {
        Shop shop = Api.openShop("life");
        Placed p = placeOrder(shop, shop.ownerToken(), "life@example.com");

        patch(p, Map.of("status", "confirmed", "note", "paid by bank transfer")).then().statusCode(200)
                .body("order.status", equalTo("confirmed")).body("order.status_display", equalTo("Onaylandı"));
        patch(p, Map.of("status", "processing")).then().statusCode(200);
        patch(p, Map.of("status", "shipped")).then().statusCode(422)
                .body("code", equalTo("tracking_number_required"));
        patch(p, Map.of("status", "shipped", "tracking_number", "ARAS123456789")).then().statusCode(200)
                .body("order.tracking_number", equalTo("ARAS123456789"))
                .body("order.shipped_at", notNullValue());
        patch(p, Map.of("status", "delivered")).then().statusCode(200)
                .body("order.delivered_at", notNullValue())
                .body("order.history.to_status",
                        contains("pending", "confirmed", "processing", "shipped", "delivered"))
                .body("order.history[1].note", equalTo("paid by bank transfer"))
                .body("order.history[1].actor", equalTo("staff:" + shop.ownerEmail()))
                .body("order.history[1].from_status", equalTo("pending"));
    }

    @Test
    void an_illegal_move_is_a_409_that_names_the_allowed_ones() {
        Shop shop = Api.openShop("illegal");
        Placed p = placeOrder(shop, shop.ownerToken(), "illegal@example.com");
        patch(p, Map.of("status", "delivered")).then().statusCode(409)
                .body("code", equalTo("illegal_status_change"))
                .body("current_status", equalTo("pending"))
                .body("allowed_statuses", containsInAnyOrder("confirmed", "cancelled"));
        patch(p, Map.of("status", "teleported")).then().statusCode(400).body("errors[0].field", equalTo("status"));
        assertThat(Database.single("select status from orders where id = ?::uuid", p.orderId())).isEqualTo("PENDING");
    }

    @Test
    void cancelling_gives_the_stock_back() {
        Shop shop = Api.openShop("cancel");
        Placed p = placeOrder(shop, shop.ownerToken(), "cancel@example.com");
        assertThat(Database.single("select stock from products where id = ?::uuid", p.productId())).isEqualTo(7);
        patch(p, Map.of("status", "cancelled", "note", "customer called")).then().statusCode(200)
                .body("order.status", equalTo("cancelled"));
        assertThat(Database.single("select stock from products where id = ?::uuid", p.productId())).isEqualTo(10);
        patch(p, Map.of("status", "confirmed")).then().statusCode(409);
    }

    @Test
    void display_names_follow_accept_language() {
        Shop shop = Api.openShop("lang");
        Placed p = placeOrder(shop, shop.ownerToken(), "lang@example.com");
        shop.request().auth().oauth2(p.owner()).header("Accept-Language", "en-US,en;q=0.9")
                .get("/api/orders/" + p.orderId() + "/").then().statusCode(200)
                .body("order.status_display", equalTo("Pending"))
                .body("order.payment_status_display", equalTo("Pending"));
        shop.request().auth().oauth2(p.owner()).header("Accept-Language", "tr")
                .get("/api/orders/" + p.orderId() + "/").then()
                .body("order.status_display", equalTo("Beklemede"));
        shop.request().auth().oauth2(p.owner()).get("/api/orders/" + p.orderId() + "/").then()
                .body("order.status_display", equalTo("Beklemede"));
    }

    @Test
    void customers_see_only_their_own_orders() {
        Shop shop = Api.openShop("mine");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "MINE", "10.00", 50);
        String shipping = shop.addShippingMethod(owner, "1.00");
        String alice = shop.request().body(Map.of("email", "alice@example.com", "password", "alice-password",
                "first_name", "Alice", "last_name", "A")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");
        String bob = shop.request().body(Map.of("email", "bob@example.com", "password", "bob-password-1",
                "first_name", "Bob", "last_name", "B")).post("/api/auth/register/")
                .then().statusCode(201).extract().path("access_token");

        String aliceCart = shop.request().auth().oauth2(alice).body(Map.of("product_id", product, "quantity", 1))
                .post("/api/cart/add/").then().statusCode(200).extract().path("cart.cart_id");
        String aliceOrder = shop.request().auth().oauth2(alice)
                .body(Shop.orderBody(aliceCart, "alice@example.com", shipping)).post("/api/orders/")
                .then().statusCode(201).extract().path("order.id");
        placeOrder(shop, owner, "guest@example.com");

        shop.request().auth().oauth2(alice).get("/api/orders/").then().statusCode(200)
                .body("orders", hasSize(1)).body("orders[0].id", equalTo(aliceOrder))
                .body("orders[0].item_count", equalTo(1));
        shop.request().auth().oauth2(bob).get("/api/orders/").then().statusCode(200).body("orders", hasSize(0));
        shop.request().auth().oauth2(bob).get("/api/orders/" + aliceOrder + "/").then().statusCode(404)
                .body("code", equalTo("order_not_found"));
        shop.request().auth().oauth2(bob).body(Map.of("status", "cancelled"))
                .patch("/api/orders/" + aliceOrder + "/").then().statusCode(403);
        shop.request().get("/api/orders/").then().statusCode(401);
        shop.request().auth().oauth2(owner).get("/api/orders/").then().statusCode(200).body("orders", hasSize(2));
    }

    @Test
    void staff_filter_sort_and_page_the_shop_orders() {
        Shop shop = Api.openShop("filter");
        String owner = shop.ownerToken();
        Placed first = placeOrder(shop, owner, "first@example.com");
        Placed second = placeOrder(shop, owner, "second@example.com");
        placeOrder(shop, owner, "third@example.com");
        patch(second, Map.of("status", "confirmed")).then().statusCode(200);

        var staff = shop.request().auth().oauth2(owner);
        staff.get("/api/orders/?status=confirmed").then().statusCode(200)
                .body("orders.id", contains(second.orderId()));
        shop.request().auth().oauth2(owner).get("/api/orders/?customer_email=FIRST@example.com").then()
                .body("orders.id", contains(first.orderId()));
        shop.request().auth().oauth2(owner).get("/api/orders/?order_number=" + first.orderNumber()).then()
                .body("orders", hasSize(1));
        shop.request().auth().oauth2(owner).get("/api/orders/?payment_status=pending&sort=oldest&page_size=2").then()
                .body("orders", hasSize(2)).body("orders[0].id", equalTo(first.orderId()))
                .body("pagination.total", equalTo(3)).body("pagination.page_count", equalTo(2));
        shop.request().auth().oauth2(owner).get("/api/orders/?created_from=2000-01-01&created_to=2000-01-02").then()
                .body("orders", hasSize(0));
        shop.request().auth().oauth2(owner).get("/api/orders/?status=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        shop.request().auth().oauth2(owner).get("/api/orders/?created_from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("created_from"));
    }

    @Test
    void another_shop_staff_cannot_read_or_change_the_order() {
        Shop shop = Api.openShop("own-orders");
        Placed p = placeOrder(shop, shop.ownerToken(), "iso@example.com");
        Shop other = Api.openShop("other-orders");
        String otherOwner = other.ownerToken();
        other.request().auth().oauth2(otherOwner).get("/api/orders/" + p.orderId() + "/").then().statusCode(404);
        other.request().auth().oauth2(otherOwner).body(Map.of("status", "cancelled"))
                .patch("/api/orders/" + p.orderId() + "/").then().statusCode(404);
        other.request().auth().oauth2(otherOwner).get("/api/orders/").then().body("orders", hasSize(0));
        other.request().get("/api/orders/track/" + p.orderNumber() + "/").then().statusCode(404);
        assertThat(Database.single("select status from orders where id = ?::uuid", p.orderId())).isEqualTo("PENDING");
    }
}
