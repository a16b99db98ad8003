package io.kervan.it.admin;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The owner connects the shop's Kuveyt Türk virtual POS in the admin panel, in a real browser, against the bank's
 * simulator: the form drawn from the adapter's description, the test button, live with other keys and back to test
 * with the test keys kept; no page ever holds a whole secret. Staff members, other shops and forged posts change
 * nothing.
 */
@KervanTest
class AdminIntegrationsIT {

    private static final String TEST_USER = "kervan-api";
    private static final String TEST_PASSWORD = "Kuveyt-S3cret-Test-Pass";
    private static final String LIVE_USER = "live-api-user";
    private static final String LIVE_PASSWORD = "Kuveyt-S3cret-Live-Word";

    private static KuveytTurkSimulator bank;

    @BeforeAll
    static void startBank() {
        bank = KuveytTurkSimulator.start();
        bank.addMerchant("57001", "9000001", TEST_USER, TEST_PASSWORD);
    }

    @AfterAll
    static void stopBank() {
        bank.close();
    }

    @Test
    void the_owner_connects_kuveyt_turk_tests_it_goes_live_and_back_and_the_test_keys_still_work() {
        Ready ready = AdminShops.open("integ");
        List<String> pages = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            browser.follow("a[href='/admin/integrations']");
            assertThat(browser.find("h1").getText()).isEqualTo("Entegrasyonlar");
            assertThat(browser.text()).contains("Sandbox", "Test");
            browser.look("admin-integrations");

            new Select(browser.find("#type")).selectByValue("kuveyt");
            browser.follow("form[action='/admin/integrations/new'] button");
            assertThat(browser.find("h1").getText()).isEqualTo("Kuveyt Türk bağla");
            assertThat(browser.text()).contains("API kullanıcı adı", "Üye işyeri numarası", "Test ödeme geçidi adresi");
            browser.look("admin-integration-new");

            browser.type("#api_secret", "abc").type("#merchant_id", "57001").follow("form[data-once] button");
            assertThat(browser.title()).startsWith("Hata: ");
            assertThat(browser.find(".error-summary").getText()).contains("API kullanıcı adı girin",
                    "Gizli anahtarın tamamını girin", "Müşteri numarası girin");
            assertThat(browser.find("#merchant_id").getAttribute("value")).isEqualTo("57001");
            assertThat(browser.find("#api_secret").getAttribute("value")).isEmpty();
            pages.add(browser.html());
            browser.look("admin-integration-new-error");
            assertThat(kuveytIntegrations(ready)).isZero();

            browser.type("#api_key", TEST_USER).type("#api_secret", TEST_PASSWORD).type("#merchant_id", "57001")
                    .type("#customer_id", "9000001").type("#test_endpoint", bank.gatewayUrl())
                    .follow("form[data-once] button");
            assertThat(browser.url()).contains("?done=integration_added");
            String id = browser.url().replaceAll(".*/admin/integrations/([0-9a-f-]{36}).*", "$1");
            assertThat(browser.find("#mode").getText()).isEqualTo("Test");
            assertThat(browser.find("#last-test").getText()).contains("Hiç test edilmedi");
            pages.add(browser.html());

            browser.follow("form[action$='/test'] button");
            assertThat(browser.text()).contains("Test geçti");
            assertThat(browser.find("#last-test").getText()).contains("Geçti", "accepted the test API user");
            assertThat(browser.find("#last-test time").getAttribute("datetime")).isNotBlank();
            assertThat(browser.text()).contains("••••Pass", "Test edildi", "Oluşturuldu");
            pages.add(browser.html());
            browser.look("admin-integration");

            browser.follow("a[href$='/switch?to=active']");
            assertThat(browser.find("h1").getText()).isEqualTo("Kuveyt Türk: canlıya geç");
            pages.add(browser.html());
            browser.look("admin-integration-switch");
            browser.follow("form[data-once] button");
            assertThat(browser.find(".error-summary").getText()).contains("API kullanıcı adı girin");
            assertThat(Database.single("select status from integrations where id = ?::uuid", id)).isEqualTo("TEST_MODE");
            browser.type("#api_key", LIVE_USER).type("#api_secret", LIVE_PASSWORD).follow("form[data-once] button");
            assertThat(browser.url()).contains("?done=integration_live");
            assertThat(browser.find("#mode").getText()).isEqualTo("Canlı");
            assertThat(browser.find("#keys-caption").findElement(org.openqa.selenium.By.xpath("..")).getText())
                    .contains("••••Pass", "••••Word");
            pages.add(browser.html());

            browser.follow("a[href$='/switch?to=test_mode']");
            pages.add(browser.html());
            browser.follow("form[data-once] button");
            assertThat(browser.url()).contains("?done=integration_test_mode");
            assertThat(browser.find("#mode").getText()).isEqualTo("Test");
            browser.follow("form[action$='/test'] button");
            assertThat(browser.text()).contains("Test geçti");
            assertThat(browser.find("#last-test").getText()).contains("accepted the test API user");
            pages.add(browser.html());

            String stripe = ready.shop().request().auth().oauth2(ready.owner()).body(Map.of("provider_type", "stripe",
                            "name", "Stripe", "status", "test_mode", "api_key", "sk_test_51AbCdEfGhIjKlMnOpQrStUv"))
                    .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
            browser.go(ready.url("/admin/integrations/" + stripe));
            assertThat(browser.find("#webhook-url").getAttribute("value"))
                    .isEqualTo(ready.url("/api/webhooks/stripe/" + stripe + "/"));
            assertThat(browser.find("button[data-copy]").isDisplayed()).isTrue();
            pages.add(browser.html());
            browser.look("admin-integration-webhook");
        }
        for (String html : pages) {
            assertThat(html).doesNotContain(TEST_USER, TEST_PASSWORD, LIVE_USER, LIVE_PASSWORD,
                    "sk_test_51AbCdEfGhIjKlMnOpQrStUv");
        }
        assertThat(Database.column("select mode || ' ' || last4 from integration_secrets s join integrations i "
                + "on i.id = s.integration_id where i.provider_type = 'KUVEYT' and i.tenant_id = "
                + "(select id from tenants where slug = ?) order by 1", ready.shop().slug()))
                .containsExactly("LIVE ", "LIVE Word", "TEST ", "TEST Pass");
    }

    @Test
    void staff_other_shops_and_forged_posts_reach_no_integration() {
        Ready ready = AdminShops.open("integ-safe");
        Ready other = AdminShops.open("integ-other");
        String mine = integrationOf(ready);
        String theirs = integrationOf(other);
        String staff = ready.member("staff");
        try (Browser browser = Browser.open()) {
            AdminOrdersIT.signIn(browser, ready, staff, AdminShops.PASSWORD);
            assertThat(browser.all(".admin-nav a[href='/admin/integrations']")).isEmpty();
            browser.go(ready.url("/admin/integrations"));
            assertThat(browser.find("h1").getText()).isEqualTo("İzin yok");
        }
        AdminClient member = AdminClient.signIn(ready.shop().slug(), staff, AdminShops.PASSWORD);
        member.get("/admin/integrations").then().statusCode(403);
        member.get("/admin/integrations/" + mine).then().statusCode(403);
        member.post("/admin/orders", "/admin/integrations/" + mine + "/disable", Map.of()).then().statusCode(403);

        AdminClient owner = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        owner.get("/admin/integrations/" + theirs).then().statusCode(404).body(containsString("Sayfa bulunamadı"));
        owner.post("/admin/integrations", "/admin/integrations/" + theirs + "/disable", Map.of())
                .then().statusCode(404);
        owner.postWithoutToken("/admin/integrations/" + mine + "/disable", Map.of()).then().statusCode(403);
        owner.postWithoutToken("/admin/integrations/new?type=kuveyt", Map.of("name", "Sahte", "api_key", "forged-user",
                "api_secret", "forged-password", "merchant_id", "1", "customer_id", "2")).then().statusCode(403);
        assertThat(Database.single("select status from integrations where id = ?::uuid", mine)).isEqualTo("TEST_MODE");
        assertThat(Database.single("select status from integrations where id = ?::uuid", theirs))
                .isEqualTo("TEST_MODE");
        assertThat(kuveytIntegrations(ready)).isZero();
    }

    private static long kuveytIntegrations(Ready ready) {
        return Database.count("select count(*) from integrations where provider_type = 'KUVEYT' and tenant_id = "
                + "(select id from tenants where slug = ?)", ready.shop().slug());
    }

    private static String integrationOf(Ready ready) {
        return Database.single("select id::text from integrations where tenant_id = "
                + "(select id from tenants where slug = ?)", ready.shop().slug()).toString();
    }
}
