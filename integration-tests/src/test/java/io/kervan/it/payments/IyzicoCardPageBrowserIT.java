package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.it.payments.IyzicoShopper.Setup;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Api;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Year;

import static io.kervan.it.payments.IyzicoShopper.create;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper in a real browser on Kervan's card page with iyzico's direct 3-D Secure: the first six digits bring the
 * card's installment options, three are chosen once, and the order page says how it was paid. Screenshots at a
 * phone's and a laptop's size, and axe-core, on the card page before and after the options appear.
 */
@KervanTest
class IyzicoCardPageBrowserIT extends WithIyzico {

    @Test
    void a_shopper_chooses_three_installments_on_the_card_page_and_pays_the_options_total() {
        Setup s = IyzicoShopper.shopWithOrderPages(iyzico, "iyz-inst-browser", "direct_3ds");
        var created = create(s);
        String number = created.path("payment.payment_number");
        String cardPage = "http://" + s.shop().slug() + ".localhost:" + Api.HTTP_PORT
                + URI.create(created.<String>path("payment_url")).getPath();
        try (Browser browser = Browser.open()) {
            browser.go(cardPage);
            assertThat(browser.find("h1").getText()).isEqualTo("Kartla ödeme");
            assertThat(browser.all("#show-installments")).as("the script replaces the button").isEmpty();
            assertThat(browser.all("input[name=installment_count]")).hasSize(1);
            browser.look("iyzico-card-page");

            browser.type("input[name=card_holder_name]", "Ayşe Yılmaz")
                    .type("input[name=card_number]", IyzicoSimulator.CARD_SUCCESS);
            browser.await(b -> b.all("input[name=installment_count]").size() == 5, Duration.ofSeconds(15));
            assertThat(browser.find("#installment-options").getText()).contains("Tek çekim: 129.90 TRY",
                    "3 taksit: aylık 44.31 TRY, toplam 132.93 TRY");
            browser.click("input[name=installment_count][value='3']");
            assertThat(browser.find("#pay").getText()).isEqualTo("132.93 TRY öde");
            browser.type("input[name=card_expiry_month]", "12")
                    .type("input[name=card_expiry_year]", String.valueOf(Year.now().getValue() + 1))
                    .type("input[name=card_cvv]", "123");
            browser.look("iyzico-card-page-installments");

            browser.follow("#pay");
            browser.await(b -> !b.all("input[name=password]").isEmpty(), Duration.ofSeconds(20));
            browser.type("input[name=password]", IyzicoSimulator.ACS_PASSWORD);
            browser.find("input[name=password]").submit();
            browser.await(b -> b.url().contains("/orders/"), Duration.ofSeconds(30));
            assertThat(browser.text()).contains("3 taksit");
            browser.look("iyzico-order-paid-in-installments");
        }
        assertThat(paymentColumn("status", number)).isEqualTo("COMPLETED");
        assertThat(paymentColumn("installment_count", number)).isEqualTo("3");
        assertThat(paymentColumn("charged_amount", number)).startsWith("132.93");
    }
}
