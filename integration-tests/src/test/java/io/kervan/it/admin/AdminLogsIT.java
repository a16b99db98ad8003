package io.kervan.it.admin;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners and admins read their shop's webhook deliveries in the panel, filtered by integration and outcome: an
 * accepted event and a forged one, each with its status and body hash, and headers in which no signature is whole;
 * another shop's deliveries are not there.
 */
@KervanTest
class AdminLogsIT {

    private static final String SECRET = "whsec_admin_logs_secret_0123456789";

    @Test
    void the_owner_sees_accepted_and_refused_webhook_deliveries_filtered_and_another_shop_sees_none() {
        Ready ready = AdminShops.open("logs");
        String stripe = ready.shop().request().auth().oauth2(ready.owner()).body(Map.of("provider_type", "stripe",
                        "name", "Stripe Canlı", "status", "test_mode", "api_key", "sk_test_admin_logs",
                        "webhook_secret", SECRET))
                .post("/api/integrations/").then().statusCode(201).extract().<String>path("integration.id");
        String event = "{\"id\":\"evt_admin_logs_1\",\"type\":\"payment_intent.created\","
                + "\"data\":{\"object\":{\"id\":\"pi_admin_logs\"}}}";
        String signature = StripeSimulator.signature(event, SECRET, Instant.now().getEpochSecond());
        ready.shop().request().header("Stripe-Signature", signature).body(event)
                .post("/api/webhooks/stripe/" + stripe + "/").then().statusCode(200);
        ready.shop().request().header("Stripe-Signature", "t=1,v1=forged").body(event.replace("_1", "_2"))
                .post("/api/webhooks/stripe/" + stripe + "/").then().statusCode(401);
        Ready other = AdminShops.open("logs-other");

        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.follow("a[href='/admin/logs']");
            assertThat(browser.find("h1").getText()).isEqualTo("Webhook teslimatları");
            assertThat(browser.text()).contains("Stripe Canlı", "payment_intent.created", "evt_admin_logs_1",
                    "ignored", "200", "invalid_webhook", "401");
            assertThat(browser.html()).doesNotContain(signature).doesNotContain(SECRET);
            browser.look("admin-logs");

            new Select(browser.find("#outcome")).selectByValue("failed");
            browser.follow("form.filter-form button");
            assertThat(browser.url()).contains("outcome=failed");
            assertThat(browser.all("tbody tr:not(.log-detail)")).hasSize(1);
            assertThat(browser.text()).contains("invalid_webhook", "401").doesNotContain("evt_admin_logs_1");

            new Select(browser.find("#outcome")).selectByValue("ok");
            new Select(browser.find("#integration")).selectByValue(stripe);
            browser.follow("form.filter-form button");
            assertThat(browser.all("tbody tr:not(.log-detail)")).hasSize(1);
            assertThat(browser.text()).contains("evt_admin_logs_1");
        }
        AdminClient stranger = AdminClient.signIn(other.shop().slug(), other.shop().ownerEmail(),
                other.shop().ownerPassword());
        assertThat(stranger.get("/admin/logs?integration=" + stripe).asString())
                .doesNotContain("evt_admin_logs_1", "Stripe Canlı").contains("Eşleşen webhook teslimatı yok.");
    }
}
