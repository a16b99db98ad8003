package io.kervan.it.storefront;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shops as the browser tests need them: products, shipping, the coupon HOSGELDIN10 and the sandbox gateway. */
final class Storefronts {

    private Storefronts() {
    }

    /** A shop ready to sell, with what a test needs to find its things. */
    record Ready(Shop shop, String owner, String mugId, String teaId, String shippingMethodId) {

        /** The shop's address as a browser reaches it. */
        String url(String path) {
            return "http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT + path;
        }
    }

    /** A Turkish shop with two physical products, one shipping method, HOSGELDIN10 (10 %) and the sandbox gateway. */
    static Ready open(String prefix) {
        Shop shop = Api.openShop(prefix, "tr");
        String owner = shop.ownerToken();
        String mug = product(shop, owner, "MUG", "Kervan Kupa", "Taş fırında pişmiş kupa.", "250.00", 10, List.of());
        String tea = product(shop, owner, "TEA", "Rize Çayı 500 g", "", "1234.56", 3, List.of());
        String shipping = shop.request().auth().oauth2(owner)
                .body(Map.of("name", "Standart", "carrier", "Aras Kargo", "price", "29.90", "currency", "TRY",
                        "min_days", 1, "max_days", 3))
                .post("/api/staff/shipping-methods/").then().statusCode(201).extract().path("id");
        shop.request().auth().oauth2(owner)
                .body(Map.of("code", "HOSGELDIN10", "kind", "percentage", "percentage", 10))
                .post("/api/staff/coupons/").then().statusCode(201);
        connectSandbox(shop, owner);
        return new Ready(shop, owner, mug, tea, shipping);
    }

    static String product(Shop shop, String owner, String sku, String name, String description, String price,
                          Integer stock, List<String> images) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "name", name, "description", description,
                "product_type", stock == null ? "digital" : "physical", "price", price, "currency", "TRY",
                "image_urls", images));
        if (stock != null) {
            body.put("stock", stock);
        }
        return shop.request().auth().oauth2(owner).body(body).post("/api/staff/products/")
                .then().statusCode(201).extract().path("id");
    }

    /** The sandbox gateway without return or cancel URLs: the shopper comes back to the shop's own order page. */
    static void connectSandbox(Shop shop, String owner) {
        shop.request().auth().oauth2(owner)
                .body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode"))
                .post("/api/integrations/").then().statusCode(201);
    }
}
