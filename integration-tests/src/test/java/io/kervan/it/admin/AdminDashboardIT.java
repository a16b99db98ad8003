package io.kervan.it.admin;

import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures are the shop's own: today's and the week's orders and takings, the paid orders waiting to
 * be shipped, the failed webhook deliveries and the integrations; a shop opened beside it shows none of them.
 */
@KervanTest
class AdminDashboardIT {

    private static final Pattern ORDERS = Pattern.compile("<dt>Sipariş</dt><dd>(\\d+)</dd>");
    private static final Pattern PAID = Pattern.compile("<dt>Ödenen sipariş</dt><dd>(\\d+)</dd>");

    @Test
    void the_dashboard_counts_the_shops_own_orders_webhooks_and_integrations_and_another_shop_sees_none() {
        Ready mine = AdminShops.open("dash-mine");
        mine.paidOrder("ayse@example.com", 1);
        mine.order("mehmet@example.com", 2);
        String stripe = mine.shop().request().auth().oauth2(mine.owner()).body(Map.of("provider_type", "stripe",
                        "name", "Stripe Pano", "status", "test_mode", "api_key", "sk_test_dashboard",
                        "webhook_secret", "whsec_dashboard_secret_0123456789"))
                .post("/api/integrations/").then().statusCode(201).extract().<String>path("integration.id");
        mine.shop().request().header("Stripe-Signature", "t=1,v1=forged").body("{\"id\":\"evt_dashboard\"}")
                .post("/api/webhooks/stripe/" + stripe + "/").then().statusCode(401);
        Ready other = AdminShops.open("dash-other");

        String own = dashboard(mine);
        assertThat(figures(ORDERS, own)).as("today's and the week's orders").containsExactly(2, 2);
        assertThat(figures(PAID, own)).as("today's and the week's paid orders").containsExactly(1, 1);
        assertThat(own).contains("hazırlanacak ya da kargolanacak ödenmiş sipariş",
                "Son 24 saatte 1 webhook teslimatı başarısız oldu", "Stripe Pano");

        String theirs = dashboard(other);
        assertThat(figures(ORDERS, theirs)).containsExactly(0, 0);
        assertThat(figures(PAID, theirs)).containsExactly(0, 0);
        assertThat(theirs).contains("Bekleyen bir şey yok.", "Son 24 saatte başarısız webhook teslimatı yok.",
                "Sandbox").doesNotContain("Stripe Pano");
    }

    private static String dashboard(Ready ready) {
        var page = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(), ready.shop().ownerPassword())
                .get("/admin/");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.asString();
    }

    private static List<Integer> figures(Pattern figure, String html) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = figure.matcher(html);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}
