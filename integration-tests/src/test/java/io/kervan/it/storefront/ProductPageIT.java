package io.kervan.it.storefront;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A product's page is kept in the server's memory once shown (ProductPageCache), so these check that what a shopper
 * reads on it is never older than the change: staff edits, orders taking and giving back stock, and a change made
 * with SQL outside the application (heard from PostgreSQL's announcement, as another node's change would be).
 */
@KervanTest
class ProductPageIT {

    @Test
    void a_product_page_shows_staff_edits_and_the_stock_orders_take_and_give_back_at_once() {
        Storefronts.Ready ready = Storefronts.open("pagecache");
        Shop shop = ready.shop();
        String lamp = Storefronts.product(shop, ready.owner(), "LAMP", "Bakır Lamba", "", "250.00", 7, List.of());
        assertThat(page(shop, lamp)).contains("Bakır Lamba", "₺250,00", "Stokta");

        shop.request().auth().oauth2(ready.owner()).body(Map.of("price", "300.00", "name", "Pirinç Lamba"))
                .patch("/api/staff/products/" + lamp + "/").then().statusCode(200);
        assertThat(page(shop, lamp)).contains("Pirinç Lamba", "₺300,00").doesNotContain("Bakır Lamba");

        order(ready, lamp, 2);
        assertThat(page(shop, lamp)).contains("Son 5 adet");
        String last = order(ready, lamp, 5);
        assertThat(page(shop, lamp)).contains("Tükendi").doesNotContain("Son 5 adet");

        shop.request().auth().oauth2(ready.owner()).body(Map.of("status", "cancelled"))
                .patch("/api/orders/" + last + "/").then().statusCode(200);
        assertThat(page(shop, lamp)).contains("Son 5 adet").doesNotContain("Tükendi");

        shop.request().auth().oauth2(ready.owner()).body(Map.of("active", false))
                .patch("/api/staff/products/" + lamp + "/").then().statusCode(200);
        Api.shop(shop.slug()).accept("text/html").get("/products/" + lamp).then().statusCode(404);
    }

    @Test
    void a_change_made_outside_the_application_reaches_a_page_already_shown() {
        Storefronts.Ready ready = Storefronts.open("pagesql");
        Shop shop = ready.shop();
        assertThat(page(shop, ready.mugId())).contains("Kervan Kupa");

        Database.execute("update products set name = 'Kervan Fincan' where id = '" + ready.mugId() + "'");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(page(shop, ready.mugId())).contains("Kervan Fincan").doesNotContain("Kervan Kupa"));
    }

    @Test
    void another_shop_never_sees_a_product_page_this_shop_has_shown() {
        Storefronts.Ready ready = Storefronts.open("pageown");
        assertThat(page(ready.shop(), ready.mugId())).contains("Kervan Kupa");
        Shop other = Api.openShop("pageother", "tr");
        Api.shop(other.slug()).accept("text/html").get("/products/" + ready.mugId()).then().statusCode(404);
    }

    private static String page(Shop shop, String productId) {
        return Api.shop(shop.slug()).accept("text/html").get("/products/" + productId).then().statusCode(200)
                .extract().asString();
    }

    /** A guest's order of {@code quantity} of the product; returns the order's id. */
    private static String order(Storefronts.Ready ready, String productId, int quantity) {
        String cart = ready.shop().addToCart(null, productId, quantity);
        return ready.shop().request().body(Shop.orderBody(cart, "guest@example.com", ready.shippingMethodId()))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
    }
}
