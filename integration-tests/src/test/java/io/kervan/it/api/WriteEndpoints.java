package io.kervan.it.api;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint of the API that writes from a JSON body, each with a body it would accept, for one freshly opened
 * shop (its product, shipping method, coupon, cart, order and sandbox integration are made here). A test changes one
 * field of a body and sends it.
 */
final class WriteEndpoints {

    /** One endpoint and a body it accepts, on the shop {@code slug}, or on the bare domain when that is null. */
    record Endpoint(String name, String method, String path, String token, String slug,
                    Map<String, Object> body) {

        RequestSpecification request() {
            RequestSpecification request = slug == null ? Api.platform() : Api.shop(slug);
            return token == null ? request : request.auth().oauth2(token);
        }

        Response send(Object body) {
            return request().body(body).request(method, path);
        }

        /** The body with {@code field} (dotted for nested objects, a number for a list's element) set to value. */
        Map<String, Object> with(String field, Object value) {
            Map<String, Object> copy = deepCopy(body);
            String[] names = field.split("\\.");
            Object parent = copy;
            for (int i = 0; i < names.length - 1; i++) {
                parent = child(parent, names[i]);
            }
            set(parent, names[names.length - 1], value);
            return copy;
        }

        /** The accepted body's value of {@code field}, named as for {@link #with}. */
        Object value(String field) {
            Object value = body;
            for (String name : field.split("\\.")) {
                value = child(value, name);
            }
            return value;
        }

        @Override
        public String toString() {
            return name + " (" + method + " " + path + ")";
        }
    }

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final String slug;

    private WriteEndpoints(String slug) {
        this.slug = slug;
    }

    static WriteEndpoints forNewShop(String prefix) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        String operator = Api.operatorToken();
        String product = shop.addProduct(owner, "P1", "10.00", 50);
        String shipping = shop.addShippingMethod(owner, "5.00");
        String coupon = shop.request().auth().oauth2(owner)
                .body(Map.of("code", "SAVE10", "kind", "percentage", "percentage", "10"))
                .post("/api/staff/coupons/").then().statusCode(201).extract().path("id");
        String cart = shop.addToCart(null, product, 1);
        String orderCart = shop.addToCart(null, product, 1);
        String order = shop.request().body(Shop.orderBody(orderCart, "buyer@example.com", shipping))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
        String integration = shop.request().auth().oauth2(owner)
                .body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode"))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");

        WriteEndpoints w = new WriteEndpoints(shop.slug());
        w.add("open a shop", "POST", "/api/platform/tenants/", operator, true, Map.of(
                "slug", "strict-" + UUID.randomUUID().toString().substring(0, 8), "display_name", "Strict shop",
                "owner_email", "owner@strict.test", "owner_password", "owner-password-1",
                "owner_full_name", "Owner", "default_currency", "TRY", "default_locale", "tr"));
        w.add("operator sign-in", "POST", "/api/platform/auth/login/", null, true,
                Map.of("email", Api.OPERATOR_EMAIL, "password", "not-the-password"));
        w.add("staff sign-in", "POST", "/api/staff/auth/login/", null, false,
                Map.of("email", shop.ownerEmail(), "password", "not-the-password"));
        w.add("register", "POST", "/api/auth/register/", null, false, Map.of("email", "new@example.com",
                "password", "long-enough-pw", "first_name", "Ayşe", "last_name", "Yılmaz",
                "phone", "+905551234567"));
        w.add("customer sign-in", "POST", "/api/auth/login/", null, false,
                Map.of("email", "new@example.com", "password", "long-enough-pw"));
        w.add("telegram sign-in", "POST", "/api/auth/telegram/", null, false, Map.of("id", 123456789,
                "first_name", "Ayşe", "auth_date", Instant.now().getEpochSecond(), "hash", "0".repeat(64)));
        w.add("add staff", "POST", "/api/staff/members/", owner, false, Map.of("email", "staff@example.com",
                "password", "long-enough-pw", "full_name", "Mehmet Kaya", "role", "staff"));
        w.add("add product", "POST", "/api/staff/products/", owner, false, Map.of("sku", "P2", "name", "Çay",
                "description", "Rize", "product_type", "physical", "price", "10.00", "currency", "TRY",
                "stock", 5, "image_urls", List.of("https://img.example/cay.png")));
        w.add("edit product", "PATCH", "/api/staff/products/" + product + "/", owner, false,
                Map.of("name", "Çay", "description", "Rize", "price", "11.00", "stock", 4));
        Map<String, Object> method = Map.of("name", "Express", "carrier", "Aras Kargo", "price", "7.00",
                "currency", "TRY", "min_days", 1, "max_days", 2);
        w.add("add shipping method", "POST", "/api/staff/shipping-methods/", owner, false, method);
        w.add("change shipping method", "PATCH", "/api/staff/shipping-methods/" + shipping + "/", owner, false,
                method);
        w.add("add to cart", "POST", "/api/cart/add/", null, false, Map.of("product_id", product, "quantity", 1));
        w.add("set a cart quantity", "POST", "/api/cart/update/", null, false,
                Map.of("cart_id", cart, "product_id", product, "quantity", 2));
        w.add("remove from cart", "POST", "/api/cart/remove/", null, false,
                Map.of("cart_id", cart, "product_id", product));
        w.add("apply a coupon", "POST", "/api/cart/coupon/", null, false,
                Map.of("cart_id", cart, "coupon_code", "SAVE10"));
        w.add("add coupon", "POST", "/api/staff/coupons/", owner, false,
                Map.of("code", "NEW10", "kind", "percentage", "percentage", "10", "max_uses", 5));
        w.add("change coupon", "PATCH", "/api/staff/coupons/" + coupon + "/", owner, false,
                Map.of("code", "SAVE10", "kind", "percentage", "percentage", "15"));
        w.add("place order", "POST", "/api/orders/", null, false, Shop.orderBody(cart, "a@example.com", shipping));
        w.add("change order", "PATCH", "/api/orders/" + order + "/", owner, false,
                Map.of("tracking_number", "TRK-12345", "note", "packed"));
        w.add("create payment", "POST", "/api/payments/create/", null, false, Map.of("order_id", order,
                "provider", "sandbox", "customer_info", Map.of("name", "Ahmet Yılmaz", "email", "a@example.com")));
        w.add("verify payment", "POST", "/api/payments/verify/", null, false,
                Map.of("transaction_id", "sbx_0000", "provider", "sandbox"));
        w.add("refund", "POST", "/api/payments/" + UUID.randomUUID() + "/refund/", owner, false,
                Map.of("amount", "1.00", "reason", "damaged"));
        w.add("add integration", "POST", "/api/integrations/", owner, false, Map.of("provider_type", "sandbox",
                "name", "Sandbox 2", "description", "test", "status", "test_mode", "api_key", "sk_test_1234",
                "config", Map.of("note", "x")));
        w.add("change integration", "PATCH", "/api/integrations/" + integration + "/", owner, false,
                Map.of("name", "Sandbox", "description", "renamed"));
        return w;
    }

    Endpoint named(String name) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw new IllegalArgumentException("No endpoint " + name);
        }
        return endpoint;
    }

    List<Endpoint> all() {
        return List.copyOf(endpoints.values());
    }

    private void add(String name, String method, String path, String token, boolean platform,
                     Map<String, Object> body) {
        endpoints.put(name, new Endpoint(name, method, path, token, platform ? null : slug, body));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object parent, String name) {
        return parent instanceof List<?> list ? list.get(Integer.parseInt(name))
                : ((Map<String, Object>) parent).get(name);
    }

    @SuppressWarnings("unchecked")
    private static void set(Object parent, String name, Object value) {
        if (parent instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(name), value);
        } else {
            ((Map<String, Object>) parent).put(name, value);
        }
    }
}
