package io.kervan.it.storefront;

import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.kervan.it.support.TestEnvironment;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.NoAlertPresentException;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What keeps the storefront safe and shops apart: form tokens on every post, escaping of what shops and shoppers
 * typed, another shop's things as the 404 page, signed order links, public tracking without personal data, HTML for
 * browsers and problem JSON for API clients, and each shop's own robots.txt, sitemap and structured data.
 */
@KervanTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorefrontSafetyIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like request to a shop's page: asks for HTML, follows no redirect. */
    private static RequestSpecification page(Shop shop) {
        return shop.request().accept("text/html").contentType(ContentType.URLENC)
                .config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    private static long carts(Shop shop) {
        return Database.count("select count(*) from carts c join tenants t on t.id = c.tenant_id where t.slug = ?",
                shop.slug());
    }

    @Test
    void a_post_without_a_valid_form_token_is_refused_with_a_page_and_changes_nothing() {
        Storefronts.Ready ready = Storefronts.open("csrf");
        Shop shop = ready.shop();
        Response product = page(shop).get("/products/" + ready.mugId());
        String session = product.getCookie("sid");
        String token = token(product.asString());

        page(shop).formParam("product_id", ready.mugId()).formParam("quantity", "1").cookie("sid", session)
                .post("/cart/add").then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("Bu formun süresi doldu"), containsString("hiçbir şey değişmedi"));
        page(shop).formParam("product_id", ready.mugId()).formParam("quantity", "1").formParam("_csrf", token)
                .cookie("sid", "another-session").post("/cart/add").then().statusCode(403);
        page(shop).formParam("product_id", ready.mugId()).formParam("quantity", "1").formParam("_csrf", token)
                .cookie("sid", session).header("Origin", "http://evil.localhost:" + Api.HTTP_PORT)
                .post("/cart/add").then().statusCode(403);
        page(shop).formParam("product_id", ready.mugId()).formParam("quantity", "1").formParam("_csrf", token)
                .cookie("sid", session).header("Sec-Fetch-Site", "same-site").post("/cart/add").then()
                .statusCode(403);
        assertThat(carts(shop)).isZero();

        page(shop).formParam("product_id", ready.mugId()).formParam("quantity", "1").formParam("_csrf", token)
                .cookie("sid", session).header("Origin", "http://" + shop.slug() + ".localhost:" + Api.HTTP_PORT)
                .post("/cart/add").then().statusCode(303).header("Location", "/cart?notice=added");
        assertThat(carts(shop)).isEqualTo(1);
    }

    @Test
    void the_anonymous_cart_lives_in_an_http_only_lax_cookie() {
        Storefronts.Ready ready = Storefronts.open("cookie");
        Response product = page(ready.shop()).get("/products/" + ready.mugId());
        Response added = page(ready.shop()).formParam("product_id", ready.mugId()).formParam("quantity", "2")
                .formParam("_csrf", token(product.asString())).cookie("sid", product.getCookie("sid"))
                .post("/cart/add");
        String cookie = added.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("cart="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").containsIgnoringCase("path=/")
                .doesNotContain("Secure");
        assertThat(product.getHeaders().getValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("sid=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void what_a_shop_typed_is_shown_as_text_and_never_runs() {
        Storefronts.Ready ready = Storefronts.open("escape");
        String evil = Storefronts.product(ready.shop(), ready.owner(), "EVIL", "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(2)>", "10.00", 5, List.of());
        try (Browser browser = Browser.open()) {
            browser.go(ready.url("/products/" + evil));
            assertThat(browser.find("h1").getText()).isEqualTo("<script>alert(1)</script>");
            assertThat(browser.text()).contains("\"><img src=x onerror=alert(2)>");
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            browser.look("product-escaped");
        }
        String html = page(ready.shop()).get("/products/" + evil).asString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(html).contains("\"name\":\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"");
        page(ready.shop()).get("/products?search=<script>alert(3)</script>").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(3)&lt;/script&gt;"));
    }

    @Test
    void another_shops_product_and_order_are_the_not_found_page_in_this_shops_look() {
        Storefronts.Ready a = Storefronts.open("shop-a");
        Storefronts.Ready b = Storefronts.open("shop-b");
        page(b.shop()).get("/products/" + a.mugId()).then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Sayfa bulunamadı"), containsString("Shop " + b.shop().slug()));
        page(b.shop()).get("/products/not-an-id").then().statusCode(404);
        page(b.shop()).get("/no/such/page").then().statusCode(404).body(containsString("Sayfa bulunamadı"));

        String orderOfA = guestOrder(a);
        String link = orderLink(a, orderOfA);
        page(a.shop()).get(link).then().statusCode(200).body(containsString("ödeme bekliyor"));
        page(b.shop()).get(link).then().statusCode(404);
        page(a.shop()).get("/orders/" + orderOfA + "/complete").then().statusCode(404);
        page(a.shop()).get("/orders/" + orderOfA + "/complete?key=AAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
    }

    @Test
    void the_order_mail_links_to_the_orders_own_page_and_to_public_tracking() throws Exception {
        Storefronts.Ready ready = Storefronts.open("maillink");
        String email = "link-" + ready.shop().slug() + "@example.com";
        String orderId = guestOrder(ready, email);
        String body = awaitMail(email);
        Matcher link = Pattern.compile("http://\\S+/orders/" + orderId + "/complete\\?key=\\S+").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(body).containsPattern("http://" + ready.shop().slug() + "\\.localhost:\\d+/track/ORD-");
        URI page = URI.create(link.group());
        page(ready.shop()).get(page.getRawPath() + "?" + page.getRawQuery()).then().statusCode(200)
                .body(containsString("ödeme bekliyor"));
    }

    @Test
    void public_tracking_shows_the_carrier_and_number_and_no_personal_data() {
        Storefronts.Ready ready = Storefronts.open("trackpage");
        String orderId = guestOrder(ready, "gizli-kisi@example.com");
        String number = Database.single("select order_number from orders where id = ?::uuid", orderId).toString();
        ready.shop().request().auth().oauth2(ready.owner()).body(Map.of("status", "confirmed"))
                .patch("/api/orders/" + orderId + "/").then().statusCode(200);
        ready.shop().request().auth().oauth2(ready.owner())
                .body(Map.of("status", "shipped", "tracking_number", "ARAS123456789"))
                .patch("/api/orders/" + orderId + "/").then().statusCode(200);
        try (Browser browser = Browser.open()) {
            browser.go(ready.url("/track")).look("track");
            browser.type("#number", number.toLowerCase()).follow("form[action='/track'] button");
            assertThat(browser.url()).endsWith("/track/" + number);
            String seen = browser.text();
            assertThat(seen).contains(number, "Kargoya Verildi", "Aras Kargo", "ARAS123456789", "Sipariş verildi",
                    "Kargoya verildi");
            assertThat(seen).doesNotContain("gizli-kisi", "Ahmet", "Yılmaz", "Test Mahallesi", "Istanbul",
                    "+90555", "34000");
            assertThat(browser.html()).doesNotContain("gizli-kisi", orderId);
            browser.look("track-shipped");
        }
        page(ready.shop()).get("/track/ORD-NOPE-20260101-ABCDEF12").then().statusCode(404)
                .body(containsString("numaralı bir sipariş bulamadık"));
    }

    @Test
    void an_unknown_shop_is_a_page_for_browsers_and_problem_json_for_api_clients() {
        Api.shop("no-such-shop").accept("text/html").get("/").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Bu adreste bir mağaza yok"));
        Api.shop("no-such-shop").get("/").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("tenant_not_found"));
        Api.shop("no-such-shop").accept("text/html").get("/api/public/products/").then().statusCode(404)
                .body("code", equalTo("tenant_not_found"));
    }

    @Test
    void each_shop_has_its_own_robots_txt_sitemap_canonical_addresses_and_product_data() {
        Storefronts.Ready ready = Storefronts.open("seo");
        String base = "http://" + ready.shop().slug() + ".localhost:" + Api.HTTP_PORT;
        page(ready.shop()).get("/robots.txt").then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("Disallow: /orders/"), containsString("Disallow: /account"),
                        not(containsString("Disallow: /cart")), containsString("Sitemap: " + base + "/sitemap.xml"));
        page(ready.shop()).get("/sitemap.xml").then().statusCode(200)
                .body(containsString("<loc>" + base + "/products/" + ready.mugId() + "</loc>"),
                        containsString("<loc>" + base + "/</loc>"));
        String product = page(ready.shop()).get("/products/" + ready.mugId()).then().statusCode(200)
                .extract().asString();
        assertThat(product).contains("<title>Kervan Kupa | Shop " + ready.shop().slug() + "</title>",
                "<link rel=\"canonical\" href=\"" + base + "/products/" + ready.mugId() + "\">",
                "<meta name=\"description\" content=\"Taş fırında pişmiş kupa.\">",
                "\"@type\":\"Product\"", "\"@type\":\"Offer\"", "\"price\":\"250.00\"", "\"priceCurrency\":\"TRY\"",
                "\"availability\":\"https://schema.org/InStock\"");
        page(ready.shop()).get("/cart").then().body(not(containsString("noindex")),
                containsString("<link rel=\"canonical\" href=\"" + base + "/cart\">"),
                containsString("<meta name=\"description\""));
        page(ready.shop()).get("/orders/" + UUID.randomUUID()).then()
                .body(containsString("<meta name=\"robots\" content=\"noindex\">"));
    }

    @Test
    void product_images_have_their_size_and_only_the_first_is_loaded_eagerly() {
        Storefronts.Ready ready = Storefronts.open("images");
        String id = Storefronts.product(ready.shop(), ready.owner(), "PIC", "Resimli", "", "5.00", 1,
                List.of("https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"));
        String html = page(ready.shop()).get("/products/" + id).asString();
        assertThat(html).contains("<img src=\"https://cdn.example.com/a.jpg\" alt=\"Resimli\" width=\"600\" "
                + "height=\"600\" loading=\"eager\" fetchpriority=\"high\"");
        assertThat(html).contains("<img src=\"https://cdn.example.com/b.jpg\" alt=\"Resimli, 2. görsel\" "
                + "width=\"600\" height=\"600\" loading=\"lazy\"");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void too_many_tracking_look_ups_get_a_friendly_429_page() {
        Storefronts.Ready ready = Storefronts.open("limit");
        Response last = null;
        // The limit counts per minute (60 here); asking until refused crosses at most one minute's boundary.
        for (int i = 0; i < 200 && (last == null || last.statusCode() != 429); i++) {
            last = page(ready.shop()).get("/track/ORD-NOPE-20260101-ABCDEF12");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(last.contentType()).startsWith("text/html");
        assertThat(last.asString()).contains("Çok fazla istek", "Bir dakika bekleyip tekrar deneyin");
    }

    private static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String guestOrder(Storefronts.Ready ready) {
        return guestOrder(ready, "guest@" + ready.shop().slug() + ".example");
    }

    /** A guest's order placed through the API (its page is what is tested), unpaid. */
    private static String guestOrder(Storefronts.Ready ready, String email) {
        String cart = ready.shop().addToCart(null, ready.mugId(), 1);
        return ready.shop().request().body(Shop.orderBody(cart, email, ready.shippingMethodId()))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
    }

    /** The order's signed page, from the mail the shop sent. */
    private static String orderLink(Storefronts.Ready ready, String orderId) {
        String email = Database.single("select customer_email from orders where id = ?::uuid", orderId).toString();
        Matcher link = Pattern.compile("/orders/" + orderId + "/complete\\?key=\\S+").matcher(awaitMail(email));
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private static String awaitMail(String email) {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (var message : TestEnvironment.mail().received()) {
                try {
                    if (message.getAllRecipients()[0].toString().equals(email)) {
                        return message.getContent().toString();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No mail to " + email);
    }
}
