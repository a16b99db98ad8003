package io.kervan.it.cart;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Coupons: what they take off, when they do not apply, and use limits that hold under concurrency. */
@KervanTest
class CouponIT {

    private static Map<String, Object> coupon(String code, String kind, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("kind", kind);
        body.put(kind.equals("percentage") ? "percentage" : "amount", value);
        return body;
    }

    private static void addCoupon(Shop shop, String owner, Map<String, Object> body) {
        shop.request().auth().oauth2(owner).body(body).post("/api/staff/coupons/").then().statusCode(201);
    }

    private static io.restassured.response.Response apply(Shop shop, String cart, String code) {
        return shop.request().body(Map.of("cart_id", cart, "coupon_code", code)).post("/api/cart/coupon/");
    }

    @Test
    void percentage_and_fixed_coupons_take_their_share_off_the_subtotal() {
        Shop shop = Api.openShop("coupon");
        String owner = shop.ownerToken();
        String cart = shop.addToCart(null, shop.addProduct(owner, "LAMP", "333.33", 5), 1);
        addCoupon(shop, owner, coupon("TEN", "percentage", "10"));
        addCoupon(shop, owner, coupon("FIFTY", "fixed_amount", "50.00"));
        addCoupon(shop, owner, coupon("HUGE", "fixed_amount", "5000.00"));

        apply(shop, cart, "ten").then().statusCode(200)
                .body("cart.coupon_code", equalTo("TEN")).body("cart.discount", equalTo("33.33"))
                .body("cart.total", equalTo("300.00"));
        apply(shop, cart, "FIFTY").then().statusCode(200).body("cart.discount", equalTo("50.00"))
                .body("cart.total", equalTo("283.33"));
        apply(shop, cart, "HUGE").then().statusCode(200).body("cart.discount", equalTo("333.33"))
                .body("cart.total", equalTo("0.00"));
        shop.request().delete("/api/cart/coupon/?cart_id=" + cart).then().statusCode(200)
                .body("cart.coupon_code", nullValue()).body("cart.total", equalTo("333.33"));
    }

    @Test
    void coupons_that_do_not_apply_say_why_and_change_nothing() {
        Shop shop = Api.openShop("coupon-no");
        String owner = shop.ownerToken();
        String cart = shop.addToCart(null, shop.addProduct(owner, "PEN", "20.00", 5), 1);
        Map<String, Object> minimum = coupon("BIGSPENDER", "percentage", "20");
        minimum.put("min_order_amount", "100.00");
        addCoupon(shop, owner, minimum);
        Map<String, Object> expired = coupon("OLD", "percentage", "20");
        expired.put("valid_from", "2020-01-01T00:00:00Z");
        expired.put("valid_until", "2020-02-01T00:00:00Z");
        addCoupon(shop, owner, expired);
        Map<String, Object> future = coupon("SOON", "percentage", "20");
        future.put("valid_from", Instant.now().plusSeconds(86_400).toString());
        addCoupon(shop, owner, future);
        Map<String, Object> inactive = coupon("OFF", "percentage", "20");
        inactive.put("active", false);
        addCoupon(shop, owner, inactive);
        Shop other = Api.openShop("coupon-other");
        addCoupon(other, other.ownerToken(), coupon("THEIRS", "percentage", "50"));

        apply(shop, cart, "BIGSPENDER").then().statusCode(422).body("code", equalTo("coupon_not_applicable"));
        apply(shop, cart, "OLD").then().statusCode(422).body("code", equalTo("coupon_not_applicable"));
        apply(shop, cart, "SOON").then().statusCode(422);
        apply(shop, cart, "OFF").then().statusCode(422);
        apply(shop, cart, "NOSUCH").then().statusCode(404).body("code", equalTo("coupon_not_found"));
        apply(shop, cart, "THEIRS").then().statusCode(404).body("code", equalTo("coupon_not_found"));
        apply(shop, cart, "x").then().statusCode(400);
        assertThat(Database.single("select coupon_code from carts where id = ?::uuid", cart)).isNull();
    }

    @Test
    void only_owners_and_admins_manage_coupons_and_bad_terms_are_refused() {
        Shop shop = Api.openShop("coupon-admin");
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).body(coupon("DUP", "percentage", "5")).post("/api/staff/coupons/")
                .then().statusCode(201).body("code", equalTo("DUP")).body("used_count", equalTo(0));
        shop.request().auth().oauth2(owner).body(coupon("dup", "percentage", "5")).post("/api/staff/coupons/")
                .then().statusCode(409).body("code", equalTo("coupon_code_taken"));
        shop.request().auth().oauth2(owner).body(coupon("PCT", "percentage", "150")).post("/api/staff/coupons/")
                .then().statusCode(400).body("errors[0].field", equalTo("percentage"));
        Map<String, Object> window = coupon("WINDOW", "percentage", "5");
        window.put("valid_from", "2026-02-01T00:00:00Z");
        window.put("valid_until", "2026-01-01T00:00:00Z");
        shop.request().auth().oauth2(owner).body(window).post("/api/staff/coupons/")
                .then().statusCode(400).body("errors[0].field", equalTo("valid_until"));
        String customer = shop.request().body(Map.of("email", "c@example.com", "password", "customer-password",
                "first_name", "C", "last_name", "C")).post("/api/auth/register/").path("access_token");
        shop.request().auth().oauth2(customer).get("/api/staff/coupons/").then().statusCode(403);
        assertThat(Database.count("select count(*) from coupons c join tenants t on t.id = c.tenant_id "
                + "where t.slug = ?", shop.slug())).isEqualTo(1);
    }

    @Test
    void a_coupon_with_five_uses_left_is_used_exactly_five_times_under_concurrency() throws Exception {
        Shop shop = Api.openShop("coupon-race");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "RACE", "100.00", 1000);
        String shipping = shop.addShippingMethod(owner, "0.00");
        Map<String, Object> limited = coupon("FIVE", "percentage", "10");
        limited.put("max_uses", 5);
        addCoupon(shop, owner, limited);
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String cart = shop.addToCart(null, product, 1);
            apply(shop, cart, "FIVE").then().statusCode(200);
            carts.add(cart);
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < carts.size(); i++) {
            String cart = carts.get(i);
            String email = "racer" + i + "@example.com";
            results.add(pool.submit(() -> shop.request().body(Shop.orderBody(cart, email, shipping))
                    .post("/api/orders/").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409 || s == 422);
        assertThat(Database.single("select used_count from coupons c join tenants t on t.id = c.tenant_id "
                + "where t.slug = ? and c.code = 'FIVE'", shop.slug())).isEqualTo(5);
        assertThat(Database.count("select count(*) from orders o join tenants t on t.id = o.tenant_id "
                + "where t.slug = ? and o.coupon_code = 'FIVE'", shop.slug())).isEqualTo(5);
    }

    @Test
    void a_customer_limit_holds_across_orders() {
        Shop shop = Api.openShop("coupon-once");
        String owner = shop.ownerToken();
        String product = shop.addProduct(owner, "ONCE", "100.00", 100);
        String shipping = shop.addShippingMethod(owner, "0.00");
        Map<String, Object> once = coupon("ONCE", "percentage", "10");
        once.put("max_uses_per_customer", 1);
        addCoupon(shop, owner, once);

        String first = shop.addToCart(null, product, 1);
        apply(shop, first, "ONCE").then().statusCode(200);
        shop.request().body(Shop.orderBody(first, "same@example.com", shipping)).post("/api/orders/")
                .then().statusCode(201).body("order.discount", equalTo("10.00"));
        String second = shop.addToCart(null, product, 1);
        apply(shop, second, "ONCE").then().statusCode(200);
        shop.request().body(Shop.orderBody(second, "SAME@example.com", shipping)).post("/api/orders/")
                .then().statusCode(409).body("code", equalTo("coupon_exhausted"));
    }
}
