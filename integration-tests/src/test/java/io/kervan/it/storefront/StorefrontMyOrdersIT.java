package io.kervan.it.storefront;

import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * "My orders": a signed-in customer's orders page by page with status, total and date, and one order with its lines,
 * its status history as a timeline, carrier and tracking number, and paying again while it is unpaid. Another
 * customer's order, or another shop's, is the 404 page.
 */
@KervanTest
class StorefrontMyOrdersIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Places an order through the API as the customer whose token this is; returns its id. */
    private static String order(Storefronts.Ready ready, String token, String productId, String email) {
        Shop shop = ready.shop();
        String cart = shop.request().auth().oauth2(token).body(Map.of("product_id", productId, "quantity", 1))
                .post("/api/cart/add/").then().statusCode(200).extract().path("cart.cart_id");
        return shop.request().auth().oauth2(token).body(Shop.orderBody(cart, email, ready.shippingMethodId()))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
    }

    private static String number(String orderId) {
        return Database.single("select order_number from orders where id = ?::uuid", orderId).toString();
    }

    @Test
    void my_orders_pages_the_orders_and_shows_one_with_its_timeline_carrier_tracking_number_and_pay_again() {
        Storefronts.Ready ready = Storefronts.open("myorders");
        String email = "musteri@" + ready.shop().slug() + ".test";
        String token = StorefrontAccountSafetyIT.registered(ready.shop(), email).cookie("token");
        String book = Storefronts.product(ready.shop(), ready.owner(), "BOOK", "Kervan Kitabı", "", "10.00", 100,
                List.of());
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            orders.add(order(ready, token, book, email));
        }
        String shipped = orders.get(0);
        String unpaid = orders.get(10);
        ready.shop().request().auth().oauth2(ready.owner()).body(Map.of("status", "confirmed"))
                .patch("/api/orders/" + shipped + "/").then().statusCode(200);
        ready.shop().request().auth().oauth2(ready.owner())
                .body(Map.of("status", "shipped", "tracking_number", "ARAS123456789"))
                .patch("/api/orders/" + shipped + "/").then().statusCode(200);

        try (Browser browser = Browser.open()) {
            browser.go(ready.url("/account/orders"));
            assertThat(browser.url()).endsWith("/account/sign-in?next=%2Faccount%2Forders");
            browser.type("#email", email).type("#password", StorefrontAccountSafetyIT.PASSWORD)
                    .follow("form[action='/account/sign-in'] button");
            assertThat(browser.url()).endsWith("/account/orders");
            assertThat(browser.find("caption").getText()).isEqualTo("Siparişleriniz: 11");
            assertThat(browser.all("tbody tr")).hasSize(10);
            assertThat(browser.find("tbody tr").getText()).contains(number(unpaid), "Beklemede", "₺39,90");
            browser.look("my-orders");

            browser.follow("a[rel=next]");
            assertThat(browser.url()).endsWith("/account/orders?page=2");
            assertThat(browser.all("tbody tr")).hasSize(1);
            assertThat(browser.find("tbody").getText()).contains(number(shipped), "Kargoya Verildi");

            browser.follow("a[href='/account/orders/" + shipped + "']");
            assertThat(browser.find("h1").getText()).contains(number(shipped));
            assertThat(browser.find(".summary").getText()).contains("Kargoya Verildi", "Aras Kargo",
                    "ARAS123456789", "Test Mahallesi");
            assertThat(browser.all(".timeline li")).extracting(e -> e.getText().split(" · ")[0])
                    .containsExactly("Beklemede", "Onaylandı", "Kargoya Verildi");
            assertThat(browser.text()).contains("Kervan Kitabı", "₺10,00", "₺29,90", "₺39,90");
            assertThat(browser.all("a.btn[href*='/pay?key=']")).as("a shipped order is not paid again").isEmpty();
            browser.look("my-order-shipped");

            browser.go(ready.url("/account/orders/" + unpaid));
            assertThat(browser.text()).contains("Siparişiniz ödeme bekliyor");
            browser.look("my-order-unpaid");
            browser.follow("a.btn[href*='/pay?key=']");
            browser.follow("form.pay button");
            browser.follow("button[name=action][value=succeed]");
            browser.await(b -> b.url().contains("/complete"), WAIT);
            assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");

            browser.go(ready.url("/account/orders/" + unpaid));
            assertThat(browser.find(".summary").getText()).contains("Ödendi", "Onaylandı");
            assertThat(browser.all(".timeline li")).hasSize(2);
        }
    }

    @Test
    void another_customers_order_and_another_shops_are_the_not_found_page() {
        Storefronts.Ready a = Storefronts.open("myorders-a");
        Storefronts.Ready b = Storefronts.open("myorders-b");
        PageClient ayse = StorefrontAccountSafetyIT.registered(a.shop(), "ayse@example.com");
        String ayses = order(a, ayse.cookie("token"), a.mugId(), "ayse@example.com");
        ayse.get("/account/orders/" + ayses).then().statusCode(200).body(containsString(number(ayses)));

        PageClient mehmet = StorefrontAccountSafetyIT.registered(a.shop(), "mehmet@example.com");
        mehmet.get("/account/orders/" + ayses).then().statusCode(404)
                .body(containsString("Sayfa bulunamadı"), not(containsString(number(ayses))));
        mehmet.get("/account/orders").then().statusCode(200).body(containsString("Henüz siparişiniz yok"),
                not(containsString(number(ayses))));
        mehmet.get("/account/orders/not-an-id").then().statusCode(404);
        mehmet.get("/account/esims/" + ayses).then().statusCode(404);

        PageClient atB = StorefrontAccountSafetyIT.registered(b.shop(), "ayse@example.com");
        atB.get("/account/orders/" + ayses).then().statusCode(404);
        PageClient carried = new PageClient(b.shop());
        carried.setCookie("token", ayse.cookie("token"));
        carried.get("/account/orders/" + ayses).then().statusCode(303);
        assertThat(carried.cookie("token")).as("shop A's token is no session at shop B").isNull();
    }
}
