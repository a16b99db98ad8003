package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Staff keep the shop's catalog in the panel, in a real browser, and the shop's customers see the result: a product
 * added with its image and stock is on the storefront, a new price shows there, and a product taken off sale is gone
 * (404); a new shipping method is offered at checkout; a coupon used by one order shows one use. Bad input, another
 * shop's ids, a forged post and a role without the right change nothing.
 */
@KervanTest
class AdminCatalogIT {

    private static final String IMAGE = "https://cdn.example.com/bakir-tepsi.jpg";

    @Test
    void a_product_added_with_an_image_and_stock_shows_in_the_shop_then_its_new_price_then_404_once_off_sale() {
        Ready ready = AdminShops.open("katalog");
        String productId;
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.follow("a[href='/admin/catalog']");
            assertThat(browser.find("h1").getText()).isEqualTo("Ürünler");
            assertThat(browser.text()).contains("Kervan Kupa", "MUG", "₺250,00", "100", "satışta");
            browser.look("admin-catalog");

            browser.follow("a[href='/admin/catalog/products/new']");
            assertThat(browser.find("h1").getText()).isEqualTo("Ürün ekle");
            browser.look("admin-product-new");
            browser.type("#sku", "TEPSI-1").type("#price", "1.234").type("#stock", "7")
                    .follow("form[action='/admin/catalog/products/new'] button");
            assertThat(browser.title()).startsWith("Hata: ");
            assertThat(browser.find(".error-summary").getText()).contains("1 ile 200 karakter arası bir ad girin",
                    "\"1.234\" iki türlü okunabilir");
            assertThat(browser.find("#sku").getAttribute("value")).isEqualTo("TEPSI-1");
            browser.look("admin-product-error");
            assertThat(Database.count("select count(*) from products where sku = 'TEPSI-1'")).isZero();

            browser.type("#name", "Bakır Tepsi").type("#price", "1.234,50")
                    .type("#description", "El dövmesi bakır tepsi.").type("#image_urls", IMAGE)
                    .follow("form[action='/admin/catalog/products/new'] button");
            assertThat(browser.url()).contains("done=product_added");
            assertThat(browser.text()).contains("Ürün eklendi ve satışta.", "TEPSI-1");
            assertThat(browser.find("#price").getAttribute("value")).isEqualTo("1234,50");
            productId = browser.url().replaceAll(".*/products/([0-9a-f-]{36}).*", "$1");
            browser.look("admin-product");

            browser.go(ready.url("/products/" + productId));
            assertThat(browser.text()).contains("Bakır Tepsi", "₺1.234,50", "El dövmesi bakır tepsi.");
            assertThat(browser.all("img[src='" + IMAGE + "']")).isNotEmpty();
            browser.go(ready.url("/products"));
            assertThat(browser.text()).contains("Bakır Tepsi");

            browser.go(ready.url("/admin/catalog/products/" + productId));
            browser.type("#price", "999.9").type("#stock", "3").follow("form[action$='" + productId + "'] button");
            assertThat(browser.text()).contains("Değişiklikler kaydedildi");
            browser.go(ready.url("/products/" + productId));
            assertThat(browser.text()).contains("₺999,90").doesNotContain("₺1.234,50");

            browser.go(ready.url("/admin/catalog/products/" + productId));
            browser.follow("form[action$='/deactivate'] button");
            assertThat(browser.text())
                    .contains("Ürün satıştan kaldırıldı", "satışta değil", "Yeniden satışa çıkar");
            browser.look("admin-product-off-sale");
            browser.go(ready.url("/admin/catalog?q=tepsi"));
            assertThat(browser.text()).contains("Bakır Tepsi", "satışta değil").doesNotContain("Kervan Kupa");
        }
        Api.shop(ready.shop().slug()).accept("text/html").get("/products/" + productId).then().statusCode(404);
        Api.shop(ready.shop().slug()).accept("text/html").get("/products").then()
                .body(not(containsString("Bakır Tepsi")));
        assertThat(Database.column("select price_amount::text || ' ' || stock || ' ' || active || ' '"
                + " || array_to_string(image_urls, ',') from products where id = ?::uuid", productId))
                .containsExactly("999.9000 3 false " + IMAGE);
    }

    @Test
    void a_shipping_method_added_in_the_panel_is_offered_at_checkout_until_it_is_deactivated() {
        Ready ready = AdminShops.open("kargo-ekle");
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/catalog"));
            browser.follow("a[href='/admin/catalog/shipping']");
            assertThat(browser.find("h1").getText()).isEqualTo("Kargo seçenekleri");
            assertThat(browser.text()).contains("Aras Kargo", "₺29,90", "1-3 gün");
            browser.type("#name", "Hızlı Teslimat").type("#carrier", "Yurtiçi Kargo").type("#price", "49,90")
                    .type("#min_days", "2").type("#max_days", "1")
                    .follow("form[action='/admin/catalog/shipping'] button");
            assertThat(browser.find("#max_days-error").getText()).contains("en az süreden küçük olmayan");
            assertThat(Database.count("select count(*) from shipping_methods where name = 'Hızlı Teslimat'"))
                    .isZero();
            browser.look("admin-shipping-error");

            browser.type("#max_days", "2").follow("form[action='/admin/catalog/shipping'] button");
            assertThat(browser.text()).contains("Kargo seçeneği eklendi", "Hızlı Teslimat", "₺49,90", "2-2 gün");
            browser.look("admin-shipping");
            Api.shop(ready.shop().slug()).get("/api/public/shipping-methods/").then().statusCode(200)
                    .body("shipping_methods.name", hasItem("Hızlı Teslimat"))
                    .body("shipping_methods.price", hasItem("49.90"));

            browser.follow("a:not(.btn)[href^='/admin/catalog/shipping/']");
            assertThat(browser.find("#price").getAttribute("value")).isIn("29,90", "49,90");
            browser.look("admin-shipping-method");
            browser.go(ready.url("/admin/catalog/shipping"));
            String id = Database.single("select id::text from shipping_methods where name = 'Hızlı Teslimat'")
                    .toString();
            browser.follow("form[action='/admin/catalog/shipping/" + id + "/deactivate'] button");
            assertThat(browser.text())
                    .contains("ödeme sayfası artık sunmuyor", "kullanım dışı", "Yeniden etkinleştir");

            browser.follow(".lang-switch button[value=en]");
            assertThat(browser.find("h1").getText()).isEqualTo("Shipping methods");
            browser.type("#name", "Same day").type("#carrier", "Courier").type("#price", "1,234")
                    .follow("form[action='/admin/catalog/shipping'] button");
            assertThat(browser.find("#price-error").getText()).contains("\"1,234\" could be read two ways");
            assertThat(browser.text()).contains("not in use", "Reactivate");
            browser.look("admin-shipping-en");
        }
        Api.shop(ready.shop().slug()).get("/api/public/shipping-methods/").then().statusCode(200)
                .body("shipping_methods.name", not(hasItem("Hızlı Teslimat")));
    }

    @Test
    void a_coupon_added_in_the_panel_and_used_by_one_order_shows_one_use() {
        Ready ready = AdminShops.open("kupon");
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.go(ready.url("/admin/catalog"));
            browser.follow("a[href='/admin/catalog/coupons']");
            assertThat(browser.find("h1").getText()).isEqualTo("Kuponlar");
            browser.type("#code", "yaz10").type("#value", "10").type("#max_uses", "5")
                    .follow("form[action='/admin/catalog/coupons'] button");
            assertThat(browser.text()).contains("Kupon eklendi.", "YAZ10", "%10", "0 / 5");

            Shop shop = ready.shop();
            String cart = shop.addToCart(null, ready.mugId(), 2);
            shop.request().body(Map.of("cart_id", cart, "coupon_code", "YAZ10")).post("/api/cart/coupon/")
                    .then().statusCode(200);
            shop.request().body(Shop.orderBody(cart, "kupon@example.com", ready.shippingMethodId()))
                    .post("/api/orders/").then().statusCode(201);

            browser.go(ready.url("/admin/catalog/coupons"));
            assertThat(browser.find("td.coupon-uses").getText()).isEqualTo("1 / 5");
            browser.look("admin-coupons");
            new Select(browser.find("#kind")).selectByValue("fixed_amount");
            browser.type("#code", "YAZ10").type("#value", "0").follow("form[action='/admin/catalog/coupons'] button");
            assertThat(browser.find(".error-summary").getText()).contains("bu kodla bir kupon zaten var");
            browser.look("admin-coupons-error");
        }
        shop(ready).get("/api/staff/coupons/").then().statusCode(200).body("coupons[0].used_count",
                org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void bad_input_comes_back_saying_what_is_wrong_and_writes_nothing() {
        Ready ready = AdminShops.open("katalog-hata");
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        String newProduct = "/admin/catalog/products/new";
        Map<String, String> good = Map.of("sku", "KASE", "name", "Kase", "product_type", "physical",
                "price", "45,00", "stock", "3", "description", "", "image_urls", "");
        Map<Map<String, String>, String> bad = new LinkedHashMap<>();
        bad.put(with(good, "name", "   "), "1 ile 200 karakter arası bir ad girin");
        bad.put(with(good, "name", "x".repeat(201)), "1 ile 200 karakter arası bir ad girin");
        bad.put(with(good, "price", "-5"), "0 ya da daha büyük");
        bad.put(with(good, "price", "12,345"), "iki türlü okunabilir");
        bad.put(with(good, "price", "12,3456"), "0 ya da daha büyük");
        bad.put(with(good, "price", "₺45"), "0 ya da daha büyük");
        bad.put(with(good, "stock", "-1"), "0 ile 10000000 arası bir stok");
        bad.put(with(good, "stock", "çok"), "0 ile 10000000 arası bir stok");
        bad.put(with(good, "image_urls", "ftp://cdn.example.com/kase.jpg"), "https:// ya da http:// ile başlayan");
        bad.put(with(good, "image_urls", "https://cdn.example.com/" + "a".repeat(500)), "en çok 500 karakterlik");
        bad.put(with(good, "description", "d".repeat(5001)), "En çok 5000 karakter");
        bad.put(with(good, "sku", "MUG"), "Bu stok kodunu başka bir ürün kullanıyor");
        bad.forEach((form, message) -> {
            var answer = owner.post(newProduct, newProduct, form);
            assertThat(answer.statusCode()).as(form.toString()).isEqualTo(422);
            assertThat(answer.asString()).as(form.toString()).contains(message);
        });
        assertThat(Database.count("select count(*) from products where tenant_id = (select id from tenants "
                + "where slug = ?)", ready.shop().slug())).isEqualTo(1);

        String mug = "/admin/catalog/products/" + ready.mugId();
        var edit = owner.post(mug, mug, Map.of("name", "Kupa", "price", "-1", "stock", "5", "description", "",
                "image_urls", ""));
        assertThat(edit.statusCode()).isEqualTo(422);
        assertThat(Database.column("select name || ' ' || price_amount::text || ' ' || stock from products "
                + "where id = ?::uuid", ready.mugId())).containsExactly("Kervan Kupa 250.0000 100");

        String shipping = "/admin/catalog/shipping";
        Map<String, String> method = Map.of("name", "Ekspres", "carrier", "PTT", "price", "10", "min_days", "1",
                "max_days", "2");
        for (Map<String, String> form : new Map[]{with(method, "carrier", ""), with(method, "price", "-0,01"),
                with(method, "min_days", "400"), with(method, "name", "n".repeat(121))}) {
            assertThat(owner.post(shipping, shipping, form).statusCode()).as(form.toString()).isEqualTo(422);
        }
        assertThat(Database.count("select count(*) from shipping_methods where name like 'Ekspres%' or carrier = ''"))
                .isZero();

        String coupons = "/admin/catalog/coupons";
        Map<String, String> coupon = Map.of("code", "KIS20", "kind", "percentage", "value", "20");
        for (Map<String, String> form : new Map[]{with(coupon, "value", "150"), with(coupon, "code", "a b"),
                with(coupon, "max_uses", "0"), with(coupon, "kind", "free"), with(coupon, "value", "-3")}) {
            assertThat(owner.post(coupons, coupons, form).statusCode()).as(form.toString()).isEqualTo(422);
        }
        assertThat(Database.count("select count(*) from coupons where code in ('KIS20', 'A B')")).isZero();
    }

    @Test
    void another_shops_ids_are_the_404_page_and_a_post_without_the_form_token_writes_nothing() {
        Ready ready = AdminShops.open("katalog-a");
        Ready other = AdminShops.open("katalog-b");
        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.get("/admin/catalog/products/" + other.mugId()).then().statusCode(404)
                .body(containsString("Sayfa bulunamadı"));
        owner.post("/admin/catalog", "/admin/catalog/products/" + other.mugId() + "/deactivate", Map.of())
                .then().statusCode(404);
        owner.post("/admin/catalog", "/admin/catalog/products/" + other.mugId(), Map.of("name", "Ele geçti",
                "price", "1", "stock", "1")).then().statusCode(404);
        owner.get("/admin/catalog/shipping/" + other.shippingMethodId()).then().statusCode(404);
        owner.post("/admin/catalog/shipping", "/admin/catalog/shipping/" + other.shippingMethodId() + "/deactivate",
                Map.of()).then().statusCode(404);
        owner.get("/admin/catalog/products/not-an-id").then().statusCode(404);
        assertThat(owner.get("/admin/catalog").asString()).contains("Kervan Kupa");
        assertThat(Database.column("select name || ' ' || active from products where id = ?::uuid", other.mugId()))
                .containsExactly("Kervan Kupa true");
        assertThat(Database.column("select active::text from shipping_methods where id = ?::uuid",
                other.shippingMethodId())).containsExactly("true");

        owner.postWithoutToken("/admin/catalog/products/new", Map.of("sku", "SAHTE", "name", "Sahte",
                "product_type", "physical", "price", "1", "stock", "1")).then().statusCode(403);
        owner.postWithoutToken("/admin/catalog/products/" + ready.mugId() + "/deactivate", Map.of())
                .then().statusCode(403);
        owner.postWithoutToken("/admin/catalog/coupons", Map.of("code", "SAHTE", "kind", "percentage",
                "value", "50")).then().statusCode(403);
        assertThat(Database.count("select count(*) from products where sku = 'SAHTE'")).isZero();
        assertThat(Database.count("select count(*) from coupons where code = 'SAHTE'")).isZero();
        assertThat(Database.column("select active::text from products where id = ?::uuid", ready.mugId()))
                .containsExactly("true");
    }

    @Test
    void a_staff_member_sees_the_catalog_but_is_refused_shipping_and_coupon_changes() {
        Ready ready = AdminShops.open("katalog-rol");
        AdminClient staff = AdminClient.signIn(ready.shop().slug(), ready.member("staff"), AdminShops.PASSWORD);
        String list = staff.get("/admin/catalog/shipping").then().statusCode(200).extract().asString();
        assertThat(list).contains("Aras Kargo").doesNotContain("action=\"/admin/catalog/shipping\"")
                .doesNotContain("/deactivate");
        assertThat(staff.get("/admin/catalog").asString()).doesNotContain("href=\"/admin/catalog/coupons\"");
        staff.get("/admin/catalog/coupons").then().statusCode(403).body(containsString("İzin yok"));
        staff.get("/admin/catalog/shipping/" + ready.shippingMethodId()).then().statusCode(403);

        staff.post("/admin/catalog", "/admin/catalog/shipping", Map.of("name", "Gizli", "carrier", "PTT",
                "price", "1", "min_days", "1", "max_days", "2")).then().statusCode(403);
        staff.post("/admin/catalog", "/admin/catalog/shipping/" + ready.shippingMethodId() + "/deactivate",
                Map.of()).then().statusCode(403);
        staff.post("/admin/catalog", "/admin/catalog/coupons", Map.of("code", "GIZLI", "kind", "percentage",
                "value", "90")).then().statusCode(403);
        assertThat(Database.count("select count(*) from shipping_methods where name = 'Gizli'")).isZero();
        assertThat(Database.column("select active::text from shipping_methods where id = ?::uuid",
                ready.shippingMethodId())).containsExactly("true");
        assertThat(Database.count("select count(*) from coupons where code = 'GIZLI'")).isZero();

        // Products are every member's, as in the API (POST/PATCH/DELETE /api/staff/products/ allow staff).
        String mug = "/admin/catalog/products/" + ready.mugId();
        staff.post(mug, mug, Map.of("name", "Kervan Kupa", "price", "260", "stock", "90", "description", "",
                "image_urls", "")).then().statusCode(303);
        assertThat(Database.column("select price_amount::text from products where id = ?::uuid", ready.mugId()))
                .containsExactly("260.0000");
    }

    private static io.restassured.specification.RequestSpecification shop(Ready ready) {
        return Api.shop(ready.shop().slug()).auth().oauth2(ready.owner());
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }
}
