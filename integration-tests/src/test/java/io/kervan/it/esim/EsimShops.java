package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoCatalogue;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.restassured.response.Response;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shops connected to an eSIM Go simulator, and what the tests read back about their catalogue. */
final class EsimShops {

    /** The markup every test shop uses: 30 %, rounded up to the cent. */
    static final Map<String, Object> MARKUP = Map.of("markup_percent", 30, "currency", "USD");

    /** Every integration these helpers connected, so a test class can disconnect them when its simulator stops. */
    private static final List<Connected> CONNECTED = new CopyOnWriteArrayList<>();

    private EsimShops() {
    }

    /**
     * Disables every eSIM Go integration connected so far: their simulators are gone, and the catalogue timer (which a
     * later test runs) should not spend its time on them.
     */
    static void disconnectAll() {
        for (Connected c : CONNECTED) {
            c.shop().request().auth().oauth2(c.owner()).delete("/api/integrations/" + c.integrationId() + "/");
        }
        CONNECTED.clear();
    }

    /** Remembers an eSIM Go integration connected elsewhere, so that {@link #disconnectAll} disconnects it too. */
    static void remember(Shop shop, String owner, String integrationId) {
        CONNECTED.add(new Connected(shop, owner, integrationId));
    }

    record Connected(Shop shop, String owner, String integrationId) {

        Response sync() {
            return shop.request().auth().oauth2(owner).post("/api/esim/catalogue/sync/");
        }

        String tenantId() {
            return Database.single("select id::text from tenants where slug = ?", shop.slug()).toString();
        }

        long products() {
            return Database.count("select count(*) from products p join tenants t on t.id = p.tenant_id "
                    + "where t.slug = ? and p.product_type = 'DIGITAL'", shop.slug());
        }

        /** A product column by SKU. */
        Object product(String column, String sku) {
            return Database.single("select p." + column + " from products p join tenants t on t.id = p.tenant_id "
                    + "where t.slug = ? and p.sku = ?", shop.slug(), sku);
        }
    }

    static Connected connect(String prefix, EsimGoSimulator esimGo, String apiKey, Map<String, Object> config) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> body = new HashMap<>(Map.of("provider_type", "esimgo", "name", "eSIM Go (UAT)",
                "status", "test_mode", "api_key", apiKey, "test_endpoint", esimGo.baseUrl(),
                "api_endpoint", "https://api.esim-go.com/v2.4"));
        body.put("config", config);
        String integration = shop.request().auth().oauth2(owner).body(body).post("/api/integrations/")
                .then().statusCode(201).extract().path("integration.id");
        Connected connected = new Connected(shop, owner, integration);
        CONNECTED.add(connected);
        return connected;
    }

    static Connected connect(String prefix, EsimGoSimulator esimGo) {
        return connect(prefix, esimGo, EsimGoSimulator.API_KEY, MARKUP);
    }

    /** The price {@link #MARKUP} gives, computed here on its own: cost × 1.3, rounded up to the cent. */
    static String price(EsimGoCatalogue.Bundle bundle) {
        return bundle.price().multiply(new BigDecimal("1.3")).setScale(2, RoundingMode.CEILING).toPlainString();
    }

    static EsimGoCatalogue.Bundle bundle(EsimGoSimulator esimGo, String name) {
        return esimGo.bundles().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }
}
