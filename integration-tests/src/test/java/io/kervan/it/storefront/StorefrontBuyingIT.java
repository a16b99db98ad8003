package io.kervan.it.storefront;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront in a real browser, as a guest buys: the front page, the listing, a product, the cart with the coupon
 * HOSGELDIN10, checkout with "check your answers", the sandbox gateway's 3-D Secure page, and back on the shop's own
 * page that says the order is paid; with JavaScript and without, in Turkish and in English.
 */
@KervanTest
class StorefrontBuyingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void a_guest_buys_with_the_coupon_pays_through_3d_secure_and_lands_on_a_page_that_says_paid() {
        Storefronts.Ready shop = Storefronts.open("buy");
        try (Browser browser = Browser.open()) {
            browser.go(shop.url("/")).look("home");
            assertThat(browser.text()).contains("Shop " + shop.shop().slug(), "Kervan Kupa", "₺250,00");

            browser.go(shop.url("/products")).look("products");
            browser.follow("a[href='/products/" + shop.mugId() + "']");
            assertThat(browser.find("h1").getText()).isEqualTo("Kervan Kupa");
            browser.look("product");
            new Select(browser.find("#quantity")).selectByValue("2");
            browser.follow("form.buy button");

            assertThat(browser.url()).endsWith("/cart?notice=added");
            assertThat(browser.text()).contains("Sepetinize eklendi", "₺500,00");
            browser.type("#coupon_code", "hosgeldin10").click("form[action='/cart/coupon'] button");
            browser.await(b -> b.text().contains("HOSGELDIN10 kuponu uygulandı"), WAIT);
            assertThat(browser.find(".totals").getText()).contains("Ara toplam", "₺500,00", "İndirim", "−₺50,00",
                    "₺29,90", "₺479,90");
            browser.look("cart");

            browser.follow("a[href='/checkout']");
            browser.follow("form[action='/checkout'] button[type=submit]");
            assertThat(browser.title()).startsWith("Hata: ");
            assertThat(browser.find(".error-summary").getText()).contains("E-posta adresini doğru biçimde girin",
                    "Adınızı girin", "Adresinizin ilk satırını girin");
            browser.look("checkout-errors");

            fillCheckout(browser, "misafir@example.com");
            browser.follow("form[action='/checkout'] button[type=submit]");
            assertThat(browser.find("h1").getText()).contains("kontrol edin");
            assertThat(browser.text()).contains("misafir@example.com", "Ayşe Yılmaz", "Bağdat Caddesi 1",
                    "34710 İstanbul", "Türkiye", "Standart (Aras Kargo)");
            browser.look("review");

            browser.follow("#place-order");
            browser.await(b -> b.url().contains("/api/sandbox/pay/"), WAIT);
            browser.follow("button[name=action][value=challenge]");
            browser.type("input[name=code]", "123456").follow("form button");

            browser.await(b -> b.url().contains("/complete"), WAIT);
            assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
            assertThat(browser.text()).contains("₺479,90", "Ödendi");
            browser.look("order-paid");
        }
        String number = Database.single("select o.order_number from orders o join tenants t on t.id = o.tenant_id "
                + "where t.slug = ?", shop.shop().slug()).toString();
        assertThat(Database.single("select status || '/' || payment_status || '/' || total || '/' || coupon_code "
                + "from orders where order_number = ?", number)).isEqualTo("CONFIRMED/PAID/479.9000/HOSGELDIN10");
    }

    @Test
    void a_double_click_on_place_order_makes_one_order_with_javascript_and_without() {
        for (boolean javascript : new boolean[]{true, false}) {
            Storefronts.Ready shop = Storefronts.open("twice");
            try (Browser browser = javascript ? Browser.open() : Browser.withoutJavaScript()) {
                browser.go(shop.url("/products/" + shop.teaId()));
                browser.follow("form.buy button");
                browser.follow("a[href='/checkout']");
                fillCheckout(browser, "iki-kez@example.com");
                browser.follow("form[action='/checkout'] button[type=submit]");
                new Actions(browser.driver()).doubleClick(browser.find("#place-order")).perform();
                browser.await(b -> b.url().contains("/api/sandbox/pay/"), WAIT);
            }
            assertThat(Database.count("select count(*) from orders o join tenants t on t.id = o.tenant_id "
                    + "where t.slug = ?", shop.shop().slug())).as("orders with JavaScript " + javascript).isEqualTo(1);
            assertThat(Database.count("select count(*) from payments p join tenants t on t.id = p.tenant_id "
                    + "where t.slug = ?", shop.shop().slug())).as("payments with JavaScript " + javascript)
                    .isEqualTo(1);
        }
    }

    @Test
    void switching_to_english_changes_the_texts_and_the_money_format_and_is_remembered() {
        Storefronts.Ready shop = Storefronts.open("lang");
        try (Browser browser = Browser.open()) {
            browser.go(shop.url("/products/" + shop.teaId()));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("tr");
            assertThat(browser.find(".price-large").getText()).isEqualTo("₺1.234,56");
            assertThat(browser.find("form.buy button").getText()).isEqualTo("Sepete ekle");

            browser.follow("button[name=lang][value=en]");

            assertThat(browser.url()).endsWith("/products/" + shop.teaId());
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find(".price-large").getText()).isEqualTo("TRY 1,234.56");
            assertThat(browser.find("form.buy button").getText()).isEqualTo("Add to cart");
            assertThat(browser.text()).contains("Only 3 left");
            browser.look("product-english");

            browser.go(shop.url("/cart"));
            assertThat(browser.find("h1").getText()).isEqualTo("Your cart");
        }
    }

    @Test
    void the_buying_path_works_with_javascript_switched_off() {
        Storefronts.Ready shop = Storefronts.open("nojs");
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.go(shop.url("/"));
            browser.type("#search", "kupa").follow("form[role=search] button");
            assertThat(browser.url()).contains("/products?search=kupa");
            browser.follow("a[href='/products/" + shop.mugId() + "']");
            browser.follow("form.buy button");
            browser.type("#qty-" + shop.mugId(), "3").follow("form.qty button");
            assertThat(browser.text()).contains("Sepetiniz güncellendi", "₺750,00");
            browser.type("#coupon_code", "HOSGELDIN10").follow("form[action='/cart/coupon'] button");
            assertThat(browser.text()).contains("Kuponunuz uygulandı", "−₺75,00");
            browser.look("cart-without-javascript");

            browser.follow("a[href='/checkout']");
            fillCheckout(browser, "js-yok@example.com");
            browser.follow("form[action='/checkout'] button[type=submit]");
            browser.follow("#place-order");
            assertThat(browser.url()).contains("/api/sandbox/pay/");
            browser.follow("button[name=action][value=succeed]");

            assertThat(browser.url()).contains("/complete");
            assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
            assertThat(browser.text()).contains("₺704,90");
        }
    }

    @Test
    void a_declined_payment_can_be_paid_again_with_another_of_the_shops_providers() {
        Storefronts.Ready shop = Storefronts.open("again");
        try (StripeSimulator stripe = StripeSimulator.start()) {
            shop.shop().request().auth().oauth2(shop.owner()).body(Map.of("provider_type", "stripe", "name", "Stripe",
                            "status", "test_mode", "api_key", "sk_test_kervan_storefront_0001",
                            "test_endpoint", stripe.baseUrl(), "api_endpoint", "https://api.stripe.com"))
                    .post("/api/integrations/").then().statusCode(201);
            try (Browser browser = Browser.open()) {
                browser.go(shop.url("/products/" + shop.mugId()));
                browser.follow("form.buy button");
                browser.follow("a[href='/checkout']");
                fillCheckout(browser, "yeniden@example.com");
                browser.follow("form[action='/checkout'] button[type=submit]");
                browser.follow("#place-order");

                assertThat(browser.url()).contains("/pay?key=");
                assertThat(browser.text()).contains("Nasıl ödemek istersiniz?", "Kart (Stripe)",
                        "Test ödemesi (sandbox)");
                browser.look("pay");
                browser.click("#provider-sandbox").follow("form.pay button");
                browser.follow("button[name=action][value=decline]");

                assertThat(browser.url()).contains("/complete", "status=failed");
                assertThat(browser.text()).contains("Ödeme gerçekleşmedi ve ücret alınmadı", "ödeme bekliyor");
                browser.look("order-payment-failed");
                browser.click("#provider-stripe").follow("form.pay button");
                assertThat(browser.url()).startsWith(stripe.baseUrl() + "/pay/");
                browser.follow("button[name=action][value=succeed]");

                assertThat(browser.url()).startsWith(shop.url("/orders/")).contains("/complete");
                assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
            }
        }
    }

    static void fillCheckout(Browser browser, String email) {
        browser.type("#email", email).type("#first_name", "Ayşe").type("#last_name", "Yılmaz")
                .type("#phone", "+90 555 123 45 67");
        if (!browser.all("#address_line1").isEmpty()) {
            browser.type("#address_line1", "Bağdat Caddesi 1").type("#city", "İstanbul")
                    .type("#postal_code", "34710");
            new Select(browser.find("#country")).selectByValue("TR");
        }
    }
}
