package io.kervan.it.tenancy;

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

/** One shop's data never shows through another shop's API. */
@KervanTest
class TenantIsolationIT {

    private static String addProduct(Shop shop, String sku) {
        return shop.asOwner().body(Map.of("sku", sku, "name", "Kilim " + sku, "product_type", "physical",
                        "price", "1250.00", "currency", "TRY", "stock", 3))
                .post("/api/staff/products/")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shop_b_cannot_list_or_read_shop_a_products() {
        Shop a = Api.openShop("iso-a");
        Shop b = Api.openShop("iso-b");
        String productOfA = addProduct(a, "KILIM-1");

        a.request().get("/api/public/products/").then().statusCode(200)
                .body("products.id", contains(productOfA));
        a.request().get("/api/public/products/" + productOfA + "/").then().statusCode(200)
                .body("product.price", equalTo("1250.00"));

        b.request().get("/api/public/products/").then().statusCode(200)
                .body("products", hasSize(0)).body("pagination.total", equalTo(0));
        b.request().get("/api/public/products/" + productOfA + "/").then().statusCode(404)
                .body("code", equalTo("product_not_found"));
        b.request().get("/api/public/products/?search=Kilim").then().statusCode(200).body("products", hasSize(0));
    }

    /** The checkout and tracking paths load by id or with SQL naming the tenant, not through the tenant filter. */
    @Test
    void shop_b_cannot_use_shop_a_carts_products_shipping_methods_or_order_numbers() {
        Shop a = Api.openShop("iso-i");
        Shop b = Api.openShop("iso-j");
        String ownerA = a.ownerToken();
        String productOfA = a.addProduct(ownerA, "RUG", "100.00", 5);
        String shippingOfA = a.addShippingMethod(ownerA, "9.90");
        String cartOfA = a.addToCart(null, productOfA, 1);
        String orderOfA = a.request().body(Shop.orderBody(cartOfA, "buyer@example.com", shippingOfA))
                .post("/api/orders/").then().statusCode(201).extract().path("order.order_number");
        String cartOfA2 = a.addToCart(null, productOfA, 1);

        b.request().body(Map.of("product_id", productOfA, "quantity", 1)).post("/api/cart/add/")
                .then().statusCode(404).body("code", equalTo("product_not_found"));
        b.request().get("/api/cart/?cart_id=" + cartOfA2).then().statusCode(404).body("code", equalTo("cart_not_found"));
        b.request().body(Shop.orderBody(cartOfA2, "thief@example.com", shippingOfA)).post("/api/orders/")
                .then().statusCode(404).body("code", equalTo("cart_not_found"));
        String productOfB = b.addProduct(b.ownerToken(), "RUG", "1.00", 5);
        String cartOfB = b.addToCart(null, productOfB, 1);
        b.request().body(Shop.orderBody(cartOfB, "buyer@example.com", shippingOfA)).post("/api/orders/")
                .then().statusCode(404).body("code", equalTo("shipping_method_not_found"));
        b.request().get("/api/orders/track/" + orderOfA + "/").then().statusCode(404)
                .body("code", equalTo("order_not_found"));

        assertThat(Database.single("select stock from products where id = ?::uuid", productOfA)).isEqualTo(4);
        assertThat(Database.single("select count(*) from orders where tenant_id = (select id from tenants where slug = ?)",
                b.slug())).isEqualTo(0L);
    }

    @Test
    void shop_b_staff_cannot_change_shop_a_products() {
        Shop a = Api.openShop("iso-c");
        Shop b = Api.openShop("iso-d");
        String productOfA = addProduct(a, "KILIM-2");

        b.asOwner().delete("/api/staff/products/" + productOfA + "/").then().statusCode(404)
                .body("code", equalTo("product_not_found"));
        assertThat(Database.single("select active from products where id = ?::uuid", productOfA)).isEqualTo(true);
    }

    @Test
    void staff_lists_show_only_the_shop_own_people() {
        Shop a = Api.openShop("iso-e");
        Shop b = Api.openShop("iso-f");
        a.asOwner().get("/api/staff/members/").then().statusCode(200).body("members.email", contains(a.ownerEmail()));
        b.asOwner().get("/api/staff/members/").then().statusCode(200).body("members.email", contains(b.ownerEmail()));
    }

    @Test
    void the_same_sku_may_exist_in_two_shops_but_not_twice_in_one() {
        Shop a = Api.openShop("iso-g");
        Shop b = Api.openShop("iso-h");
        addProduct(a, "SAME-SKU");
        addProduct(b, "SAME-SKU");
        a.asOwner().body(Map.of("sku", "SAME-SKU", "name", "Again", "product_type", "digital", "price", "1.00"))
                .post("/api/staff/products/")
                .then().statusCode(409).body("code", equalTo("sku_taken"));

        List<Object> tenants = Database.column("select tenant_id from products where sku = 'SAME-SKU' and tenant_id in "
                + "(select id from tenants where slug in (?, ?))", a.slug(), b.slug());
        assertThat(tenants).hasSize(2).doesNotHaveDuplicates();
    }
}
