package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoCatalogue;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.support.Api;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The eSIM Go catalogue synced into a shop over HTTP against the eSIM Go simulator: products for 1,000+ bundles read
 * page by page and priced by the shop's markup, re-syncs that change only what changed, bundle search for the
 * storefront, and what happens when eSIM Go limits, fails or refuses the key.
 */
@KervanTest
class EsimCatalogueIT {

    private static EsimGoSimulator esimGo;
    private static Connected synced;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stopEsimGo() {
        EsimShops.disconnectAll();
        esimGo.close();
    }

    /** One shop synced once, for the tests that only read. */
    private static synchronized Connected synced() {
        if (synced == null) {
            synced = EsimShops.connect("esim-search", esimGo);
            synced.sync().then().statusCode(200);
        }
        return synced;
    }

    @Test
    void a_sync_creates_a_digital_product_per_bundle_priced_by_the_shops_markup_and_the_listing_shows_them_at_once() {
        Connected c = EsimShops.connect("esim-sync", esimGo);
        c.shop().request().get("/api/public/products/").then().statusCode(200).body("pagination.total", equalTo(0));

        c.sync().then().statusCode(200)
                .body("sync.outcome", equalTo("succeeded"))
                .body("sync.bundles", equalTo(1015)).body("sync.pages", equalTo(11))
                .body("sync.created", equalTo(1015)).body("sync.updated", equalTo(0))
                .body("sync.deactivated", equalTo(0));
        assertThat(c.products()).isEqualTo(1015);
        for (String name : List.of("esim_5GB_7D_TR_V2", "esim_1GB_7D_REU_V2", "esim_10GB_30D_US_V2")) {
            EsimGoCatalogue.Bundle bundle = EsimShops.bundle(esimGo, name);
            assertThat((BigDecimal) c.product("price_amount", name)).as(name)
                    .isEqualByComparingTo(EsimShops.price(bundle));
            assertThat(c.product("price_currency", name)).isEqualTo("USD");
        }
        assertThat(c.product("name", "esim_5GB_7D_TR_V2")).isEqualTo("eSIM, 5GB, 7 Days, Turkey, V2");
        // The page asked for before the sync was cached; the sync emptied the cache when it committed.
        c.shop().request().get("/api/public/products/").then().statusCode(200)
                .body("pagination.total", equalTo(1015));

        c.sync().then().statusCode(200).body("sync.created", equalTo(0)).body("sync.updated", equalTo(0))
                .body("sync.deactivated", equalTo(0)).body("sync.unchanged", equalTo(1015));
        assertThat(c.products()).isEqualTo(1015);
        c.shop().request().auth().oauth2(c.owner()).get("/api/esim/catalogue/syncs/").then().statusCode(200)
                .body("syncs.size()", equalTo(2)).body("syncs[0].unchanged", equalTo(1015))
                .body("syncs[1].created", equalTo(1015)).body("syncs[0].started_by", notNullValue());
    }

    @Test
    void a_changed_price_updates_its_product_a_withdrawn_bundle_is_deactivated_and_comes_back() {
        try (EsimGoSimulator own = EsimGoSimulator.start()) {
            Connected c = EsimShops.connect("esim-resync", own);
            c.sync().then().statusCode(200).body("sync.created", equalTo(1015));
            String productId = c.product("id", "esim_3GB_15D_DE_V2").toString();

            own.changePrice("esim_3GB_15D_DE_V2", new BigDecimal("4.10"));
            c.sync().then().statusCode(200).body("sync.updated", equalTo(1)).body("sync.created", equalTo(0))
                    .body("sync.unchanged", equalTo(1014));
            assertThat((BigDecimal) c.product("price_amount", "esim_3GB_15D_DE_V2")).isEqualByComparingTo("5.33");

            own.withdraw("esim_3GB_15D_DE_V2");
            c.sync().then().statusCode(200).body("sync.bundles", equalTo(1014)).body("sync.deactivated", equalTo(1))
                    .body("sync.updated", equalTo(0));
            assertThat(c.product("active", "esim_3GB_15D_DE_V2")).isEqualTo(false);
            c.shop().request().get("/api/public/products/" + productId + "/").then().statusCode(404);
            assertThat(names(c.shop().request().get("/api/esim/bundles/?country=DE&data_gb=3&days=15")))
                    .doesNotContain("esim_3GB_15D_DE_V2");

            own.restore("esim_3GB_15D_DE_V2");
            c.sync().then().statusCode(200).body("sync.updated", equalTo(1)).body("sync.deactivated", equalTo(0));
            assertThat(c.product("active", "esim_3GB_15D_DE_V2")).isEqualTo(true);
            assertThat(c.product("id", "esim_3GB_15D_DE_V2").toString()).isEqualTo(productId);
            assertThat(c.products()).isEqualTo(1015);
        }
    }

    private static List<String> names(Response response) {
        response.then().statusCode(200);
        return response.path("bundles.name");
    }

    @Test
    void bundle_search_finds_the_bundles_for_a_country_data_and_days_with_the_shops_price_and_product() {
        Connected c = synced();
        Set<String> expected = esimGo.bundles().stream()
                .filter(b -> b.countryCodes().contains("TR") && b.dataMb() == 5000 && b.days() == 7)
                .map(EsimGoCatalogue.Bundle::name).collect(Collectors.toSet());
        assertThat(expected).contains("esim_5GB_7D_TR_V2", "esim_5GB_7D_REU_V2");

        Response found = c.shop().request().get("/api/esim/bundles/?country=TR&data_gb=5&days=7");
        assertThat(names(found)).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, Object> turkey = found.jsonPath().getMap("bundles.find { it.name == 'esim_5GB_7D_TR_V2' }");
        assertThat(turkey).containsEntry("countries", List.of("TR")).containsEntry("data_mb", 5000)
                .containsEntry("days", 7).containsEntry("unlimited", false)
                .containsEntry("price", EsimShops.price(EsimShops.bundle(esimGo, "esim_5GB_7D_TR_V2")))
                .containsEntry("currency", "USD")
                .containsEntry("product_id", c.product("id", "esim_5GB_7D_TR_V2").toString());
        assertThat(found.jsonPath().getString("bundles.find { it.name == 'esim_5GB_7D_TR_V2' }.data_gb"))
                .isEqualTo("5");

        assertThat(names(c.shop().request().get("/api/esim/bundles/?country=tr"))).hasSize(10);
        assertThat(names(c.shop().request().get("/api/esim/bundles/?country=TR&days=30")))
                .contains("esim_5GB_30D_TR_V2", "esim_10GB_30D_TR_V2").hasSize(4);
        assertThat(names(c.shop().request().get("/api/esim/bundles/?country=TR&data_gb=0.5"))).isEmpty();
        assertThat(names(c.shop().request().get("/api/esim/bundles/?country=XX"))).isEmpty();
    }

    @Test
    void bad_search_input_is_a_400_problem_that_names_the_parameter() {
        Connected c = synced();
        Map<String, String> bad = Map.ofEntries(Map.entry("country=TUR", "country"), Map.entry("country=1", "country"),
                Map.entry("data_gb=5", "country"), Map.entry("country=T%20", "country"),
                Map.entry("country=TR&data_gb=-5", "data_gb"), Map.entry("country=TR&data_gb=abc", "data_gb"),
                Map.entry("country=TR&data_gb=0", "data_gb"), Map.entry("country=TR&data_gb=100000", "data_gb"),
                Map.entry("country=TR&data_gb=1e3", "data_gb"), Map.entry("country=TR&days=0", "days"),
                Map.entry("country=TR&days=-1", "days"), Map.entry("country=TR&days=9999", "days"),
                Map.entry("country=TR&days=7.5", "days"));
        bad.forEach((query, field) -> c.shop().request().get("/api/esim/bundles/?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo(field)));
    }

    @Test
    void another_shop_sees_none_of_it_and_cannot_sync_without_its_own_integration() {
        synced();
        var other = Api.openShop("esim-other");
        String token = other.ownerToken();
        other.request().get("/api/esim/bundles/?country=TR").then().statusCode(200).body("bundles.size()", equalTo(0));
        other.request().get("/api/public/products/").then().statusCode(200).body("pagination.total", equalTo(0));
        other.request().auth().oauth2(token).post("/api/esim/catalogue/sync/").then().statusCode(409)
                .body("code", equalTo("no_usable_integration"));
        other.request().auth().oauth2(token).get("/api/esim/catalogue/syncs/").then().statusCode(200)
                .body("syncs.size()", equalTo(0));
        other.request().post("/api/esim/catalogue/sync/").then().statusCode(401);
    }

    @Test
    void a_key_eSIM_Go_refuses_fails_the_connection_test_cleanly_and_a_sync_with_it_is_a_502_that_writes_nothing() {
        Connected good = EsimShops.connect("esim-key-ok", esimGo);
        good.shop().request().auth().oauth2(good.owner()).post("/api/integrations/" + good.integrationId() + "/test/")
                .then().statusCode(200).body("integration.last_test_ok", equalTo(true))
                .body("integration.last_test_message", equalTo("eSIM Go accepted the test key"));

        Connected bad = EsimShops.connect("esim-key-bad", esimGo, "esimgo-wrong-key-9999", EsimShops.MARKUP);
        String answer = bad.shop().request().auth().oauth2(bad.owner())
                .post("/api/integrations/" + bad.integrationId() + "/test/")
                .then().statusCode(200).body("integration.last_test_ok", equalTo(false))
                .body("integration.last_test_message", equalTo("eSIM Go refused the API key (HTTP 403)"))
                .body("integration.credentials.test.api_key", equalTo("••••9999"))
                .extract().asString();
        assertThat(answer).doesNotContain("esimgo-wrong-key-9999");
        bad.sync().then().statusCode(502).body("code", equalTo("provider_refused"));
        assertThat(bad.products()).isZero();
        bad.shop().request().auth().oauth2(bad.owner()).get("/api/esim/catalogue/syncs/").then().statusCode(200)
                .body("syncs[0].outcome", equalTo("failed"))
                .body("syncs[0].message", equalTo("eSIM Go refused the API key (HTTP 403)"));
    }

    @Test
    void a_429_is_waited_out_for_its_retry_after_and_a_passing_5xx_is_retried() {
        try (EsimGoSimulator own = EsimGoSimulator.start()) {
            Connected c = EsimShops.connect("esim-limited", own);
            own.retryAfter(1);
            own.failNext(EsimGoSimulator.Fault.RATE_LIMIT, 2, 3);
            c.sync().then().statusCode(200).body("sync.created", equalTo(1015));
            List<EsimGoSimulator.Request> requests = own.requests();
            for (int i = 0; i < requests.size() - 1; i++) {
                if (requests.get(i).status() == 429) {
                    assertThat(java.time.Duration.between(requests.get(i).at(), requests.get(i + 1).at()))
                            .as("the request after a 429 that asked for 1 s").isGreaterThanOrEqualTo(
                                    java.time.Duration.ofMillis(990));
                }
            }
            assertThat(requests).filteredOn(r -> r.status() == 429).hasSize(2);

            own.changePrice("esim_1GB_7D_TR_V2", new BigDecimal("9.00"));
            own.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 2, 5);
            c.sync().then().statusCode(200).body("sync.updated", equalTo(1));
            assertThat((BigDecimal) c.product("price_amount", "esim_1GB_7D_TR_V2")).isEqualByComparingTo("11.70");
        }
    }

    @Test
    void when_eSIM_Go_fails_midway_or_asks_for_a_long_pause_the_sync_is_a_503_and_nothing_is_half_written() {
        try (EsimGoSimulator own = EsimGoSimulator.start()) {
            Connected c = EsimShops.connect("esim-outage", own);
            own.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 4, 2); // page 3: the first try and three retries
            c.sync().then().statusCode(503).body("code", equalTo("provider_unavailable"));
            assertThat(c.products()).isZero();
            assertThat(Database.count("select count(*) from esim_bundles where tenant_id = ?::uuid", c.tenantId()))
                    .isZero();

            own.retryAfter(30);
            own.failNext(EsimGoSimulator.Fault.RATE_LIMIT, 1, 4);
            c.sync().then().statusCode(503).body("code", equalTo("provider_unavailable"))
                    .header("Retry-After", "30").body("retry_after_seconds", equalTo(30));
            assertThat(c.products()).isZero();

            own.slowAnswers(java.time.Duration.ofSeconds(5));
            own.failNext(EsimGoSimulator.Fault.SLOW, 4, 1);
            c.sync().then().statusCode(503).body("code", equalTo("provider_unavailable"));
            assertThat(c.products()).isZero();

            c.shop().request().auth().oauth2(c.owner()).get("/api/esim/catalogue/syncs/").then().statusCode(200)
                    .body("syncs.outcome", equalTo(List.of("failed", "failed", "failed")))
                    .body("syncs[2].pages", equalTo(2)).body("syncs[2].created", equalTo(0));
            c.sync().then().statusCode(200).body("sync.created", equalTo(1015));
        }
    }

    @Test
    void the_api_key_appears_in_no_answer_and_not_in_the_server_log() throws Exception {
        String key = "esimgo-secret-key-never-shown-4242";
        esimGo.addApiKey(key);
        Connected c = EsimShops.connect("esim-secret", esimGo, key, EsimShops.MARKUP);
        StringBuilder answers = new StringBuilder();
        answers.append(c.sync().then().statusCode(200).extract().asString());
        answers.append(c.shop().request().auth().oauth2(c.owner()).get("/api/integrations/" + c.integrationId() + "/")
                .then().statusCode(200).extract().asString());
        answers.append(c.shop().request().auth().oauth2(c.owner())
                .post("/api/integrations/" + c.integrationId() + "/test/").then().statusCode(200).extract().asString());
        answers.append(c.shop().request().auth().oauth2(c.owner()).get("/api/esim/catalogue/syncs/").then()
                .statusCode(200).extract().asString());
        answers.append(c.shop().request().auth().oauth2(c.owner()).get("/api/integrations/audit/").then()
                .statusCode(200).extract().asString());
        assertThat(answers.toString()).contains("••••4242").doesNotContain(key);
        assertThat(Database.column("select details from audit_log where tenant_id = ?::uuid", c.tenantId())
                .toString()).doesNotContain(key);
        String log = Files.readString(Path.of(System.getProperty("kervan.test.work-dir"), "wildfly-base", "log",
                "server.log"));
        assertThat(log).doesNotContain(key).doesNotContain(EsimGoSimulator.API_KEY)
                .doesNotContain("esimgo-wrong-key-9999");
    }
}
