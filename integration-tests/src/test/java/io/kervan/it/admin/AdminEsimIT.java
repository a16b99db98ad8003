package io.kervan.it.admin;

import io.kervan.devkit.simulators.EsimGoCatalogue;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.admin.AdminShops.Ready;
import io.kervan.it.storefront.Browser;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners run their shop's eSIM Go catalogue in the panel: "sync now" against the simulator shows a new run with its
 * counts, on the eSIM page and in the logs; a new markup changes the price the storefront shows at once; a wrong
 * markup says what is wrong and writes nothing; a {@code staff} member is refused the page and its posts; another
 * shop sees none of the runs.
 */
@KervanTest
class AdminEsimIT {

    private static final int BUNDLES = 60;
    private static EsimGoSimulator esimGo;
    private static final List<Ready> CONNECTED = new ArrayList<>();

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start(0, BUNDLES);
    }

    @AfterAll
    static void stopEsimGo() {
        for (Ready ready : CONNECTED) {
            String id = esimGoIntegration(ready, "id");
            ready.shop().request().auth().oauth2(ready.owner()).delete("/api/integrations/" + id + "/");
        }
        esimGo.close();
    }

    /** A Turkish shop connected to the simulator with a 30 % markup, not synced yet. */
    private static Ready connected(String prefix) {
        Ready ready = AdminShops.open(prefix);
        Map<String, Object> body = new HashMap<>(Map.of("provider_type", "esimgo", "name", "eSIM Go (UAT)",
                "status", "test_mode", "api_key", EsimGoSimulator.API_KEY, "test_endpoint", esimGo.baseUrl(),
                "api_endpoint", "https://api.esim-go.com/v2.4"));
        body.put("config", Map.of("markup_percent", 30, "currency", "USD"));
        ready.shop().request().auth().oauth2(ready.owner()).body(body).post("/api/integrations/").then()
                .statusCode(201);
        CONNECTED.add(ready);
        return ready;
    }

    /** A column of the shop's eSIM Go integration, as text. */
    private static String esimGoIntegration(Ready ready, String column) {
        return Database.single("select i." + column + "::text from integrations i join tenants t on t.id = "
                + "i.tenant_id where t.slug = ? and lower(i.provider_type) = 'esimgo'", ready.shop().slug())
                .toString();
    }

    private static String config(Ready ready) {
        return esimGoIntegration(ready, "config");
    }

    private static long runs(Ready ready) {
        return Database.count("select count(*) from esim_catalogue_syncs s join tenants t on t.id = s.tenant_id "
                + "where t.slug = ?", ready.shop().slug());
    }

    private static BigDecimal price(Ready ready, String sku) {
        return (BigDecimal) Database.single("select p.price_amount from products p join tenants t on t.id = "
                + "p.tenant_id where t.slug = ? and p.sku = ?", ready.shop().slug(), sku);
    }

    private static String turkish(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    @Test
    void the_owner_syncs_now_sees_the_run_in_the_page_and_the_logs_and_a_new_markup_changes_the_storefront_price() {
        Ready ready = connected("esim-panel");
        EsimGoCatalogue.Bundle bundle = esimGo.bundles().get(0);
        try (Browser owner = Browser.open()) {
            AdminOrdersIT.signIn(owner, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            owner.follow("a[href='/admin/esim']");
            assertThat(owner.find("h1").getText()).isEqualTo("eSIM kataloğu");
            assertThat(owner.text()).contains("Katalog henüz eşitlenmedi.", "otomatik eşitleme kapalı");
            assertThat(owner.find("#markup_percent").getAttribute("value")).isEqualTo("30");

            owner.follow("form[action='/admin/esim/sync'] button");
            assertThat(owner.url()).endsWith("/admin/esim?done=esim_synced");
            assertThat(owner.text()).contains("Katalog eşitlendi.", "başarılı", ready.shop().ownerEmail());
            List<String> cells = owner.all("table.sync-runs tbody tr:first-child td").stream()
                    .map(c -> c.getText().strip()).toList();
            assertThat(cells.subList(4, 10)).containsExactly(String.valueOf(BUNDLES), String.valueOf(BUNDLES),
                    "0", "0", "0", "0");
            owner.look("admin-esim");
            assertThat(runs(ready)).isOne();

            BigDecimal before = bundle.price().multiply(new BigDecimal("1.3")).setScale(2, RoundingMode.CEILING);
            assertThat(price(ready, bundle.name())).isEqualByComparingTo(before);
            String productId = Database.single("select p.id::text from products p join tenants t on t.id = "
                    + "p.tenant_id where t.slug = ? and p.sku = ?", ready.shop().slug(), bundle.name()).toString();
            owner.go(ready.url("/products/" + productId));
            assertThat(owner.find(".price-large").getText()).contains(turkish(before));

            owner.go(ready.url("/admin/esim"));
            owner.type("#markup_percent", "50").type("#price_ending", "0.99")
                    .follow("form[action='/admin/esim/markup'] button");
            assertThat(owner.url()).endsWith("/admin/esim?done=markup_saved");
            assertThat(owner.find("#markup_percent").getAttribute("value")).isEqualTo("50");
            BigDecimal after = bundle.price().multiply(new BigDecimal("1.5")).subtract(new BigDecimal("0.99"))
                    .setScale(0, RoundingMode.CEILING).max(BigDecimal.ZERO).add(new BigDecimal("0.99"));
            assertThat(price(ready, bundle.name())).isEqualByComparingTo(after);
            owner.go(ready.url("/products/" + productId));
            assertThat(owner.find(".price-large").getText()).contains(turkish(after));
            ready.shop().request().get("/api/public/products/" + productId + "/").then().statusCode(200);
            assertThat(Database.count("select count(*) from audit_log a join tenants t on t.id = "
                    + "a.tenant_id where t.slug = ? and a.action = 'integration.updated'", ready.shop().slug()))
                    .isOne();

            owner.go(ready.url("/admin/logs"));
            owner.follow("a[href='/admin/logs/esim-syncs']");
            assertThat(owner.find("h1").getText()).isEqualTo("eSIM katalog eşitlemeleri");
            assertThat(owner.all("table.sync-runs tbody tr")).hasSize(1);
            assertThat(owner.text()).contains("başarılı", String.valueOf(BUNDLES));
            owner.look("admin-logs-esim");
        }
    }

    @Test
    void a_wrong_markup_says_what_is_wrong_keeps_what_was_typed_and_writes_nothing() {
        Ready ready = connected("esim-markup");
        ready.shop().request().auth().oauth2(ready.owner()).post("/api/esim/catalogue/sync/").then().statusCode(200);
        EsimGoCatalogue.Bundle bundle = esimGo.bundles().get(1);
        BigDecimal stored = price(ready, bundle.name());
        String config = config(ready);
        try (Browser owner = Browser.open()) {
            AdminOrdersIT.signIn(owner, ready, ready.shop().ownerEmail(), ready.shop().ownerPassword());
            owner.go(ready.url("/admin/esim"));
            owner.type("#markup_percent", "-5").type("#markup_fixed", "on").type("#rounding_step", "0.001")
                    .type("#price_ending", "1.50").follow("form[action='/admin/esim/markup'] button");
            assertThat(owner.title()).startsWith("Hata: ");
            assertThat(owner.find(".error-summary").getText()).contains("0 ile 1000 arasında bir yüzde girin",
                    "0 ile 1000 arasında bir tutar girin", "tam kuruş bir kat girin", "0.00 ile 0.99 arasında");
            assertThat(owner.find("#markup_fixed").getAttribute("value")).isEqualTo("on");
            owner.look("admin-esim-error");
        }
        AdminClient client = AdminClient.signIn(ready.shop().slug(), ready.shop().ownerEmail(),
                ready.shop().ownerPassword());
        for (String absurd : List.of("1e9", "NaN", "5000", "12345678901234567890123")) {
            var refused = client.post("/admin/esim", "/admin/esim/markup", Map.of("markup_percent", absurd));
            assertThat(refused.statusCode()).as(absurd).isEqualTo(422);
            assertThat(refused.asString()).contains("0 ile 1000 arasında bir yüzde girin");
        }
        assertThat(price(ready, bundle.name())).isEqualByComparingTo(stored);
        assertThat(config(ready))
                .isEqualTo(config);
    }

    @Test
    void a_staff_member_is_refused_the_page_and_its_posts_and_another_shop_sees_none_of_the_runs() {
        Ready ready = connected("esim-roles");
        ready.shop().request().auth().oauth2(ready.owner()).post("/api/esim/catalogue/sync/").then().statusCode(200);
        String staff = ready.member("staff");
        AdminClient clerk = AdminClient.signIn(ready.shop().slug(), staff, AdminShops.PASSWORD);
        clerk.get("/admin/esim").then().statusCode(403);
        clerk.get("/admin/logs/esim-syncs").then().statusCode(403);
        assertThat(clerk.get("/admin/").asString()).doesNotContain("href=\"/admin/esim\"");
        String config = config(ready);
        assertThat(clerk.post("/admin/", "/admin/esim/sync", Map.of()).statusCode()).isEqualTo(403);
        assertThat(clerk.post("/admin/", "/admin/esim/markup", Map.of("markup_percent", "0")).statusCode())
                .isEqualTo(403);
        assertThat(runs(ready)).isOne();
        assertThat(config(ready))
                .isEqualTo(config);

        Ready other = AdminShops.open("esim-other");
        AdminClient stranger = AdminClient.signIn(other.shop().slug(), other.shop().ownerEmail(),
                other.shop().ownerPassword());
        assertThat(stranger.get("/admin/esim").asString()).contains("Katalog henüz eşitlenmedi.",
                "eSIM Go entegrasyonu yok").doesNotContain(ready.shop().ownerEmail());
        assertThat(stranger.get("/admin/logs/esim-syncs").asString()).contains("Katalog henüz eşitlenmedi.")
                .doesNotContain(ready.shop().ownerEmail());
        var refused = stranger.post("/admin/esim", "/admin/esim/sync", Map.of());
        assertThat(refused.header("Location")).isEqualTo("/admin/esim?problem=no_usable_integration");
        assertThat(runs(other)).isZero();
    }
}
