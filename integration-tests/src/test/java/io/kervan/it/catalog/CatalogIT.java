package io.kervan.it.catalog;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Staff keep products and shipping methods; shoppers see only what is on sale. */
@KervanTest
class CatalogIT {

    @Test
    void staff_edit_and_deactivate_products_and_shoppers_see_the_result() {
        Shop shop = Api.openShop("catalog");
        String owner = shop.ownerToken();
        String id = shop.addProduct(owner, "KILIM", "1250.00", 3);
        shop.request().auth().oauth2(owner).body(Map.of("name", "Hand-woven Kilim", "price", "1100.50", "stock", 7,
                        "image_urls", List.of("https://cdn.example.com/kilim.jpg")))
                .patch("/api/staff/products/" + id + "/").then().statusCode(200)
                .body("name", equalTo("Hand-woven Kilim")).body("price", equalTo("1100.50")).body("stock", equalTo(7));
        shop.request().get("/api/public/products/" + id + "/").then().statusCode(200)
                .body("product.image_urls", contains("https://cdn.example.com/kilim.jpg"))
                .body("product.in_stock", equalTo(true));
        shop.request().get("/api/public/products/?search=WOVEN").then().body("products", hasSize(1));

        shop.request().auth().oauth2(owner).delete("/api/staff/products/" + id + "/").then().statusCode(200)
                .body("active", equalTo(false));
        shop.request().get("/api/public/products/").then().body("products", hasSize(0));
        shop.request().get("/api/public/products/" + id + "/").then().statusCode(404);
        shop.request().auth().oauth2(owner).get("/api/staff/products/").then().statusCode(200)
                .body("products.id", contains(id));
        shop.request().auth().oauth2(owner).body(Map.of("active", true)).patch("/api/staff/products/" + id + "/")
                .then().statusCode(200);
        shop.request().get("/api/public/products/").then().body("products", hasSize(1));
    }

    @Test
    void a_catalog_page_shoppers_just_saw_shows_a_staff_change_at_once() {
        Shop shop = Api.openShop("catalog-cache");
        String owner = shop.ownerToken();
        String id = shop.addProduct(owner, "VASE", "80.00", 2);
        shop.request().get("/api/public/products/").then().statusCode(200)
                .body("products[0].price", equalTo("80.00")).body("pagination.total", equalTo(1));

        shop.request().auth().oauth2(owner).body(Map.of("price", "95.00")).patch("/api/staff/products/" + id + "/")
                .then().statusCode(200);
        shop.request().get("/api/public/products/").then().body("products[0].price", equalTo("95.00"));
        shop.addProduct(owner, "BOWL", "10.00", 1);
        shop.request().get("/api/public/products/").then().body("products", hasSize(2))
                .body("pagination.total", equalTo(2));
    }

    @Test
    void bad_edits_and_foreign_products_are_refused() {
        Shop shop = Api.openShop("catalog-bad");
        String owner = shop.ownerToken();
        String id = shop.addProduct(owner, "LAMP", "10.00", 3);
        shop.request().auth().oauth2(owner).body(Map.of("price", "-1")).patch("/api/staff/products/" + id + "/")
                .then().statusCode(400).body("errors[0].field", equalTo("price"));
        shop.request().auth().oauth2(owner).body(Map.of("image_urls", List.of("javascript:alert(1)")))
                .patch("/api/staff/products/" + id + "/").then().statusCode(400);
        Shop other = Api.openShop("catalog-other");
        other.request().auth().oauth2(other.ownerToken()).body(Map.of("price", "1.00"))
                .patch("/api/staff/products/" + id + "/").then().statusCode(404);
        assertThat(Database.single("select price_amount from products where id = ?::uuid", id).toString())
                .isEqualTo("10.0000");
    }

    @Test
    void shipping_methods_are_kept_by_staff_and_listed_for_shoppers() {
        Shop shop = Api.openShop("shipping");
        String owner = shop.ownerToken();
        String id = shop.addShippingMethod(owner, "49.90");
        shop.request().get("/api/public/shipping-methods/").then().statusCode(200)
                .body("shipping_methods", hasSize(1))
                .body("shipping_methods[0].price", equalTo("49.90"))
                .body("shipping_methods[0].delivery_estimate", equalTo("1-3 days"));
        shop.request().auth().oauth2(owner).body(Map.of("name", "Express", "carrier", "Yurtiçi Kargo", "price", "89.90",
                        "min_days", 1, "max_days", 1))
                .patch("/api/staff/shipping-methods/" + id + "/").then().statusCode(200)
                .body("name", equalTo("Express"));
        shop.request().auth().oauth2(owner).body(Map.of("name", "Odd", "carrier", "X", "price", "1.00",
                        "min_days", 5, "max_days", 2))
                .post("/api/staff/shipping-methods/").then().statusCode(400).body("errors[0].field", equalTo("max_days"));
        shop.request().auth().oauth2(owner).delete("/api/staff/shipping-methods/" + id + "/").then().statusCode(200);
        shop.request().get("/api/public/shipping-methods/").then().body("shipping_methods", hasSize(0));
        Shop other = Api.openShop("shipping-other");
        other.request().get("/api/public/shipping-methods/").then().body("shipping_methods", hasSize(0));
        other.request().auth().oauth2(other.ownerToken()).delete("/api/staff/shipping-methods/" + id + "/")
                .then().statusCode(404);
    }
}
