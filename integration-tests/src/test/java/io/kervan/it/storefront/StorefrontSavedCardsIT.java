package io.kervan.it.storefront;

import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in customer in a real browser saves their card with PAYNET at checkout, finds it in their account's
 * "Saved cards", pays the next order with it (the bank's 3-D Secure page still asks), and deletes it, which deletes it
 * at PAYNET too. Kervan's pages are checked with Axe and photographed at phone and laptop sizes.
 */
@KervanTest
class StorefrontSavedCardsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);

    @Test
    void a_customer_saves_a_paynet_card_pays_the_next_order_with_it_through_3d_secure_and_deletes_it() {
        Storefronts.Ready shop = Storefronts.open("sf-saved");
        String email = "ayse@" + shop.shop().slug() + ".test";
        try (PaynetSimulator paynet = PaynetSimulator.start(); Browser browser = Browser.open()) {
            shop.shop().request().auth().oauth2(shop.owner()).body(Map.of("provider_type", "paynet", "name",
                    "PAYNET", "status", "test_mode", "api_secret", PaynetSimulator.SECRET_KEY, "test_endpoint",
                    paynet.baseUrl(), "api_endpoint", "https://api.paynet.com.tr")).post("/api/integrations/")
                    .then().statusCode(201);
            register(shop, browser, email);

            buyWithPaynet(shop, browser, email);
            assertThat(browser.text()).contains("Bu kartı bir sonraki alışverişim için sakla");
            browser.type("input[name=card_holder_name]", "Ayşe Yılmaz")
                    .type("input[name=card_number]", PaynetSimulator.CARD_SUCCESS)
                    .type("input[name=card_expiry_month]", "12").type("input[name=card_expiry_year]", NEXT_YEAR)
                    .type("input[name=card_cvv]", "123").click("input[name=keep_card]");
            browser.follow("#pay");
            passBankPage(browser, paynet);
            landsOnPaidOrder(shop, browser);
            assertThat(paynet.keptCards("0006")).isEqualTo(1);

            browser.go(shop.url("/account"));
            browser.follow("a[href='/account/cards']");
            assertThat(browser.find("h1").getText()).isEqualTo("Kayıtlı kartlar");
            assertThat(browser.text()).contains("Mastercard •••• 0006").doesNotContain(PaynetSimulator.CARD_SUCCESS);
            browser.look("account-saved-cards");

            buyWithPaynet(shop, browser, email);
            assertThat(browser.text()).contains("Kayıtlı kartlarınız", "Mastercard •••• 0006",
                    "Ya da başka bir kartla ödeyin");
            browser.look("card-page-saved-card");
            browser.follow("form.saved-card button");
            passBankPage(browser, paynet);
            landsOnPaidOrder(shop, browser);

            browser.go(shop.url("/account/cards"));
            browser.follow("form[action='/account/cards'] button");
            assertThat(browser.url()).endsWith("/account/cards?notice=card_deleted");
            assertThat(browser.text()).contains("Kart hem burada hem ödeme kuruluşunda silindi", "Kayıtlı kartınız yok")
                    .doesNotContain("•••• 0006");
            browser.look("account-saved-cards-deleted");
            assertThat(paynet.keptCards("0006")).as("PAYNET no longer keeps it").isZero();
        }
    }

    private static void register(Storefronts.Ready shop, Browser browser, String email) {
        browser.go(shop.url("/account/register"));
        browser.type("#first_name", "Ayşe").type("#last_name", "Yılmaz").type("#email", email)
                .type("#password", "kervan-saved-card-password");
        browser.follow("form[action='/account/register'] button");
        assertThat(browser.url()).endsWith("/account?notice=registered");
    }

    /** The mug into the cart, checkout, its review, PAYNET chosen: Kervan's card page. */
    private static void buyWithPaynet(Storefronts.Ready shop, Browser browser, String email) {
        browser.go(shop.url("/products/" + shop.mugId()));
        browser.follow("form.buy button");
        browser.follow("a[href='/checkout']");
        StorefrontBuyingIT.fillCheckout(browser, email);
        browser.follow("form[action='/checkout'] button[type=submit]");
        browser.follow("#place-order");
        browser.click("#provider-paynet").follow("form.pay button");
        browser.await(b -> !b.all("input[name=card_number]").isEmpty(), WAIT);
        assertThat(browser.text()).contains("279.90");
    }

    private static void passBankPage(Browser browser, PaynetSimulator paynet) {
        browser.await(b -> b.url().startsWith(paynet.baseUrl()) && !b.all("#password").isEmpty(), WAIT);
        assertThat(browser.text()).contains("3-D Secure", "552608******0006");
        browser.type("#password", PaynetSimulator.ACS_PASSWORD).follow("form button");
    }

    private static void landsOnPaidOrder(Storefronts.Ready shop, Browser browser) {
        browser.await(b -> b.url().startsWith(shop.url("/orders/")) && b.url().contains("/complete"), WAIT);
        assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
    }
}
