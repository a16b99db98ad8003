package io.kervan.it.storefront;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest buys a physical product in a real browser and pays with the shop's PAYNET or iyzico integration (both
 * iyzico flows), each on its simulator: the provider's pages are photographed, Kervan's own pages are also checked with
 * Axe, and the shopper comes back to the shop's own page that says the order is paid. The integrations have no
 * return or cancel URL, as a shop selling on its Kervan storefront connects them.
 */
@KervanTest
class StorefrontTurkishPaymentsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String IYZICO_KEY = "sandbox-kervanStorefrontApiKey00000001";
    private static final String IYZICO_SECRET = "sandbox-Kervan-Storefront-Secret-00001";
    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);

    @Test
    void a_guest_pays_with_paynet_through_the_banks_3d_page_and_lands_on_the_paid_order() {
        Storefronts.Ready shop = Storefronts.open("sf-paynet");
        try (PaynetSimulator paynet = PaynetSimulator.start()) {
            connect(shop, Map.of("provider_type", "paynet", "name", "PAYNET", "status", "test_mode",
                    "api_secret", PaynetSimulator.SECRET_KEY, "test_endpoint", paynet.baseUrl(),
                    "api_endpoint", "https://api.paynet.com.tr"));
            try (Browser browser = Browser.open()) {
                buyUntilProviderChoice(shop, browser, "paynet-buyer@example.com");
                choose(browser, "paynet");
                enterCard(browser, "paynet-card", PaynetSimulator.CARD_SUCCESS, 3);
                confirmOnBankPage(browser, "paynet-3d", paynet.baseUrl(), "279.90 TRY",
                        PaynetSimulator.ACS_PASSWORD);
                landsOnPaidOrder(shop, browser, "paynet-paid");
                assertThat(browser.text()).contains("3 taksit");
            }
        }
        assertPaidWith(shop, "paynet");
        assertThat(Database.single("select p.installment_count || '/' || p.charged_amount from payments p "
                + "join tenants t on t.id = p.tenant_id where t.slug = ?", shop.shop().slug()))
                .as("three installments, the shop paying PAYNET's fee: the card pays the order's total")
                .isEqualTo("3/279.9000");
    }

    @Test
    void a_guest_pays_with_iyzico_on_its_hosted_checkout_form_and_lands_on_the_paid_order() {
        Storefronts.Ready shop = Storefronts.open("sf-iyz-form");
        try (IyzicoSimulator iyzico = IyzicoSimulator.start()) {
            connectIyzico(shop, iyzico, "checkout_form");
            try (Browser browser = Browser.open()) {
                buyUntilProviderChoice(shop, browser, "iyzico-form@example.com");
                choose(browser, "iyzico");
                browser.await(b -> b.url().startsWith(iyzico.baseUrl()), WAIT);
                assertThat(browser.text()).contains("279.9 TRY"); // iyzico writes prices without trailing zeros
                shoot(browser, "iyzico-checkout-form");
                browser.type("#cardHolderName", "Ayşe Yılmaz").type("#cardNumber", IyzicoSimulator.CARD_SUCCESS)
                        .type("#expireMonth", "12").type("#expireYear", NEXT_YEAR).type("#cvc", "123");
                new Select(browser.find("#installment")).selectByValue("1");
                browser.follow("form button");
                landsOnPaidOrder(shop, browser, "iyzico-form-paid");
            }
        }
        assertPaidWith(shop, "iyzico");
    }

    @Test
    void a_guest_pays_with_iyzico_on_kervans_card_page_then_the_banks_3d_page_and_lands_on_the_paid_order() {
        Storefronts.Ready shop = Storefronts.open("sf-iyz-3ds");
        try (IyzicoSimulator iyzico = IyzicoSimulator.start()) {
            connectIyzico(shop, iyzico, "direct_3ds");
            try (Browser browser = Browser.open()) {
                buyUntilProviderChoice(shop, browser, "iyzico-3ds@example.com");
                choose(browser, "iyzico");
                enterCard(browser, "iyzico-card", IyzicoSimulator.CARD_SUCCESS, 1);
                confirmOnBankPage(browser, "iyzico-3d", iyzico.baseUrl(), "279.9 TRY",
                        IyzicoSimulator.ACS_PASSWORD);
                landsOnPaidOrder(shop, browser, "iyzico-3ds-paid");
            }
        }
        assertPaidWith(shop, "iyzico");
    }

    private static void connect(Storefronts.Ready shop, Map<String, Object> integration) {
        shop.shop().request().auth().oauth2(shop.owner()).body(integration).post("/api/integrations/")
                .then().statusCode(201);
    }

    private static void connectIyzico(Storefronts.Ready shop, IyzicoSimulator iyzico, String flow) {
        iyzico.addMerchant(IYZICO_KEY, IYZICO_SECRET);
        connect(shop, Map.of("provider_type", "iyzico", "name", "iyzico", "status", "test_mode",
                "api_key", IYZICO_KEY, "api_secret", IYZICO_SECRET, "test_endpoint", iyzico.baseUrl(),
                "api_endpoint", "https://api.iyzipay.com", "config", Map.of("payment_flow", flow)));
    }

    /** Home, the product, the cart, checkout and its review, up to the page that asks how to pay. */
    private static void buyUntilProviderChoice(Storefronts.Ready shop, Browser browser, String email) {
        browser.go(shop.url("/"));
        browser.follow("a[href='/products/" + shop.mugId() + "']");
        assertThat(browser.find("h1").getText()).isEqualTo("Kervan Kupa");
        browser.follow("form.buy button");
        assertThat(browser.url()).endsWith("/cart?notice=added");
        browser.follow("a[href='/checkout']");
        StorefrontBuyingIT.fillCheckout(browser, email);
        browser.follow("form[action='/checkout'] button[type=submit]");
        assertThat(browser.text()).contains("₺279,90");
        browser.follow("#place-order");
        assertThat(browser.url()).contains("/pay?key=");
    }

    private static void choose(Browser browser, String provider) {
        assertThat(browser.text()).contains("Nasıl ödemek istersiniz?", "Kart (" + label(provider) + ")");
        browser.click("#provider-" + provider).follow("form.pay button");
    }

    private static String label(String provider) {
        return provider.equals("paynet") ? "Paynet" : provider;
    }

    /**
     * Kervan's card page (its own page: Axe and screenshots), then the card typed, the installments chosen among
     * those the page offers once it knows the card's first six digits, and the card sent.
     */
    private static void enterCard(Browser browser, String name, String card, int installments) {
        browser.await(b -> !b.all("input[name=card_number]").isEmpty(), WAIT);
        assertThat(browser.text()).contains("279.90");
        browser.look(name);
        browser.type("input[name=card_holder_name]", "Ayşe Yılmaz").type("input[name=card_number]", card)
                .type("input[name=card_expiry_month]", "12").type("input[name=card_expiry_year]", NEXT_YEAR)
                .type("input[name=card_cvv]", "123");
        if (installments > 1) {
            String option = "input[name=installment_count][value='" + installments + "']";
            browser.await(b -> !b.all(option).isEmpty(), WAIT);
            browser.click(option);
            browser.look(name + "-installments");
        }
        browser.follow("#pay");
    }

    /** The bank's 3-D Secure page on the simulator: photographed, then the SMS password. */
    private static void confirmOnBankPage(Browser browser, String name, String simulator, String amount,
                                          String password) {
        browser.await(b -> b.url().startsWith(simulator) && !b.all("#password").isEmpty(), WAIT);
        assertThat(browser.text()).contains("3-D Secure", amount);
        shoot(browser, name);
        browser.type("#password", password).follow("form button");
    }

    private static void landsOnPaidOrder(Storefronts.Ready shop, Browser browser, String name) {
        browser.await(b -> b.url().startsWith(shop.url("/orders/")) && b.url().contains("/complete"), WAIT);
        assertThat(browser.find("h1").getText()).isEqualTo("Teşekkürler: siparişiniz ödendi");
        assertThat(browser.text()).contains("₺279,90", "Ödendi");
        browser.look(name);
    }

    private static void shoot(Browser browser, String name) {
        browser.screenshot(name, Browser.PHONE);
        browser.screenshot(name, Browser.LAPTOP);
    }

    private static void assertPaidWith(Storefronts.Ready shop, String provider) {
        assertThat(Database.single("select o.status || '/' || o.payment_status || '/' || o.total || '/' || "
                + "p.provider_type || '/' || p.status from orders o join payments p on p.order_id = o.id "
                + "join tenants t on t.id = o.tenant_id where t.slug = ?", shop.shop().slug()))
                .isEqualTo("CONFIRMED/PAID/279.9000/" + provider.toUpperCase(java.util.Locale.ROOT) + "/COMPLETED");
    }
}
