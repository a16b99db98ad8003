package io.kervan.it.orders;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** Placing orders: frozen prices, stock that never oversells, idempotent retries, and refusals that write nothing. */
@KervanTest
class OrderPlacementIT {

    private static long orders(Shop shop) {
        return Database.count("select count(*) from orders o join tenants t on t.id = o.tenant_id where t.slug = ?",
                shop.slug());
    }

    private static Object stock(String productId) {
        return Database.single("select stock from products where id = ?::uuid", productId);
    }

    @Test
    void a_guest_orders_a_cart_and_its_prices_are_frozen_on_the_order() {
        Shop shop = Api.openShop("place");
        String owner = shop.ownerToken();
        String mug = shop.addProduct(owner, "MUG", "189.00", 10);
        String esim = shop.addDigitalProduct(owner, "ESIM-TR", "299.00");
        String shipping = shop.addShippingMethod(owner, "49.90");
        String cart = shop.addToCart(null, mug, 2);
        shop.addToCart(cart, esim, 1);

        Response placed = shop.request().body(Shop.orderBody(cart, "Ahmet@Example.com", shipping))
                .post("/api/orders/");
        placed.then().statusCode(201)
                .body("success", equalTo(true))
                .body("message", equalTo("Sipariş oluşturuldu."))
                .body("order.order_number", matchesPattern("ORD-" + shop.slug().toUpperCase() + "-\\d{8}-[0-9A-F]{8}"))
                .body("order.status", equalTo("pending"))
                .body("order.payment_status", equalTo("pending"))
                .body("order.subtotal", equalTo("677.00"))
                .body("order.shipping_cost", equalTo("49.90"))
                .body("order.total", equalTo("726.90"))
                .body("order.currency", equalTo("TRY"))
                .body("order.customer.email", equalTo("ahmet@example.com"))
                .body("order.items", hasSize(2))
                .body("order.history[0].to_status", equalTo("pending"));
        String orderId = placed.path("order.id");

        assertThat(stock(mug)).isEqualTo(8);
        shop.request().get("/api/cart/?cart_id=" + cart).then().statusCode(200).body("cart.items", hasSize(0));

        shop.asOwner().body(Map.of("price", "999.00")).patch("/api/staff/products/" + mug + "/").then().statusCode(200);
        shop.asOwner().get("/api/orders/" + orderId + "/").then().statusCode(200)
                .body("order.total", equalTo("726.90"))
                .body("order.items.find { it.sku == 'MUG' }.unit_price", equalTo("189.00"));
    }

    @Test
    void digital_goods_need_no_address_or_shipping() {
        Shop shop = Api.openShop("digital");
        String esim = shop.addDigitalProduct(shop.ownerToken(), "ESIM-EU", "649.00");
        String cart = shop.addToCart(null, esim, 1);
        Map<String, Object> body = Shop.orderBody(cart, "traveller@example.com", null);
        body.remove("shipping_address");
        shop.request().body(body).post("/api/orders/")
                .then().statusCode(201)
                .body("order.total", equalTo("649.00"))
                .body("order.shipping_address", nullValue())
                .body("order.shipping_method", nullValue());
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_returns_the_same_order() {
        Shop shop = Api.openShop("idem");
        String owner = shop.ownerToken();
        String shipping = shop.addShippingMethod(owner, "10.00");
        String cart = shop.addToCart(null, shop.addProduct(owner, "KILIM", "100.00", 5), 1);
        Map<String, Object> body = Shop.orderBody(cart, "retry@example.com", shipping);

        String first = shop.request().header("Idempotency-Key", "retry-key-000001").body(body).post("/api/orders/")
                .then().statusCode(201).extract().path("order.id");
        Response again = shop.request().header("Idempotency-Key", "retry-key-000001").body(body).post("/api/orders/");
        again.then().statusCode(201).body("order.id", equalTo(first));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        Map<String, Object> other = Shop.orderBody(cart, "someone-else@example.com", shipping);
        shop.request().header("Idempotency-Key", "retry-key-000001").body(other).post("/api/orders/")
                .then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
        assertThat(orders(shop)).isEqualTo(1);
    }

    @Test
    void orders_that_cannot_be_placed_write_nothing() {
        Shop shop = Api.openShop("refuse");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "VASE", "50.00", 3);
        String shipping = shop.addShippingMethod(owner, "10.00");
        String cart = shop.addToCart(null, product, 2);

        Map<String, Object> noShipping = Shop.orderBody(cart, "a@example.com", null);
        shop.request().body(noShipping).post("/api/orders/").then().statusCode(400)
                .body("errors[0].field", equalTo("shipping_method_id"));
        Map<String, Object> badEmail = Shop.orderBody(cart, "not-an-email", shipping);
        badEmail.put("customer_phone", "12");
        shop.request().body(badEmail).post("/api/orders/").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("customer_email", "customer_phone"));
        Map<String, Object> badAddress = Shop.orderBody(cart, "a@example.com", shipping);
        badAddress.put("shipping_address", Map.of("address_line1", "X", "city", "Istanbul", "postal_code", "34000",
                "country", "Turkey"));
        shop.request().body(badAddress).post("/api/orders/").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        shop.request().body(Shop.orderBody(java.util.UUID.randomUUID().toString(), "a@example.com", shipping))
                .post("/api/orders/").then().statusCode(404).body("code", equalTo("cart_not_found"));

        String emptyCart = shop.addToCart(null, product, 1);
        shop.request().body(Map.of("cart_id", emptyCart, "product_id", product)).post("/api/cart/remove/")
                .then().statusCode(200);
        shop.request().body(Shop.orderBody(emptyCart, "a@example.com", shipping)).post("/api/orders/")
                .then().statusCode(422).body("code", equalTo("cart_empty"));

        Shop other = Api.openShop("refuse-other");
        String foreignShipping = other.addShippingMethod(other.ownerToken(), "5.00");
        shop.request().body(Shop.orderBody(cart, "a@example.com", foreignShipping)).post("/api/orders/")
                .then().statusCode(404).body("code", equalTo("shipping_method_not_found"));

        assertThat(orders(shop)).isZero();
        assertThat(stock(product)).isEqualTo(3);
    }

    @Test
    void a_hundred_concurrent_orders_for_the_last_ten_units_give_exactly_ten_orders() throws Exception {
        Shop shop = Api.openShop("oversell");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "LAST-TEN", "25.00", 10);
        String shipping = shop.addShippingMethod(owner, "5.00");
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            carts.add(shop.addToCart(null, product, 1));
        }

        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < carts.size(); i++) {
            String cart = carts.get(i);
            String email = "buyer" + i + "@example.com";
            results.add(pool.submit((Callable<Integer>) () -> shop.request()
                    .body(Shop.orderBody(cart, email, shipping)).post("/api/orders/").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        assertThat(stock(product)).isEqualTo(0);
        assertThat(orders(shop)).isEqualTo(10);
        assertThat(Database.count("select coalesce(sum(quantity), 0) from order_lines where product_id = ?::uuid",
                product)).isEqualTo(10);
    }
}
