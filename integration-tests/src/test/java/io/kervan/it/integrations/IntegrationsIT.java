package io.kervan.it.integrations;

import com.sun.net.httpserver.HttpServer;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Shops connect provider accounts with keys that are sealed at rest, masked in every answer, kept per mode, and every
 * change is audited.
 */
@KervanTest
class IntegrationsIT {

    private static final String TEST_KEY = "test-api-key-ABCD1234";
    private static final String TEST_SECRET = "test-api-secret-WXYZ9876";
    private static final String LIVE_KEY = "production-api-key-LIVE5555";

    private static Map<String, Object> kuveyt() {
        Map<String, Object> body = new HashMap<>();
        body.put("provider_type", "kuveyt");
        body.put("name", "Kuveyt API - Test");
        body.put("description", "Test ortamı için");
        body.put("status", "test_mode");
        body.put("api_key", TEST_KEY);
        body.put("api_secret", TEST_SECRET);
        body.put("api_endpoint", "https://api.kuveyt.example/payment");
        body.put("test_endpoint", "https://test-api.kuveyt.example/payment");
        body.put("config", Map.of("return_url", "https://shop.example/payment/return",
                "cancel_url", "https://shop.example/payment/cancel"));
        return body;
    }

    private static long integrationsOf(Shop shop) {
        return Database.count("select count(*) from integrations i join tenants t on t.id = i.tenant_id "
                + "where t.slug = ?", shop.slug());
    }

    @Test
    void a_shop_connects_a_provider_in_test_mode_and_switches_to_live_keeping_the_test_keys() {
        Shop shop = Api.openShop("integr");
        String owner = shop.ownerToken();
        Response created = shop.request().auth().oauth2(owner).body(kuveyt()).post("/api/integrations/");
        created.then().statusCode(201)
                .body("integration.provider_type", equalTo("kuveyt"))
                .body("integration.status", equalTo("test_mode"))
                .body("integration.credentials.test.api_key", equalTo("••••1234"))
                .body("integration.credentials.test.api_secret", equalTo("••••9876"))
                .body("integration.config.return_url", equalTo("https://shop.example/payment/return"));
        assertThat(created.asString()).doesNotContain(TEST_KEY, TEST_SECRET);
        String id = created.path("integration.id");

        Response live = shop.request().auth().oauth2(owner)
                .body(Map.of("status", "active", "api_key", LIVE_KEY, "api_secret", "production-api-secret-0000"))
                .patch("/api/integrations/" + id + "/");
        live.then().statusCode(200)
                .body("integration.status", equalTo("active"))
                .body("integration.credentials.live.api_key", equalTo("••••5555"))
                .body("integration.credentials.test.api_key", equalTo("••••1234"));
        assertThat(live.asString()).doesNotContain(LIVE_KEY);

        shop.request().auth().oauth2(owner).body(Map.of("status", "test_mode")).patch("/api/integrations/" + id + "/")
                .then().statusCode(200).body("integration.credentials.test.api_key", equalTo("••••1234"));

        shop.request().auth().oauth2(owner).get("/api/integrations/audit/").then().statusCode(200)
                .body("entries.action", hasItem("integration.status_changed"))
                .body("entries.find { it.details == 'test_mode -> active' }.actor",
                        equalTo("staff:" + shop.ownerEmail()));
    }

    @Test
    void each_provider_describes_what_connecting_it_takes_and_no_one_signed_out_reads_it() {
        Shop shop = Api.openShop("integr-forms");
        shop.request().auth().oauth2(shop.ownerToken()).get("/api/integrations/providers/").then().statusCode(200)
                .body("providers.provider_type", hasItem("kuveyt"))
                .body("providers.find { it.provider_type == 'kuveyt' }.fields.name",
                        equalTo(List.of("api_key", "api_secret", "merchant_id", "customer_id", "test_merchant_id",
                                "test_customer_id", "test_endpoint", "api_endpoint", "test_soap_endpoint",
                                "soap_endpoint")))
                .body("providers.find { it.provider_type == 'kuveyt' }.fields.find { it.name == 'api_secret' }.kind",
                        equalTo("secret"))
                .body("providers.find { it.provider_type == 'stripe' }.takes_webhooks", equalTo(true))
                .body("providers.find { it.provider_type == 'iyzico' }.fields.name",
                        equalTo(List.of("api_key", "api_secret", "payment_flow", "buyer_identity_number", "buyer_city",
                                "buyer_country", "buyer_address", "test_endpoint", "api_endpoint")))
                .body("providers.find { it.provider_type == 'iyzico' }.fields.find { it.name == 'payment_flow' }"
                        + ".choices", equalTo(List.of("checkout_form", "direct_3ds")))
                .body("providers.find { it.provider_type == 'iyzico' }.takes_webhooks", equalTo(true))
                .body("providers.find { it.provider_type == 'paynet' }.fields.name",
                        equalTo(List.of("api_secret", "webhook_secret", "test_endpoint", "api_endpoint")))
                .body("providers.find { it.provider_type == 'paynet' }.fields.findAll { it.required }.name",
                        equalTo(List.of("api_secret")))
                .body("providers.find { it.provider_type == 'paynet' }.takes_webhooks", equalTo(true));
        shop.request().get("/api/integrations/providers/").then().statusCode(401);
    }

    @Test
    void a_short_secret_shows_only_bullets_and_none_more_than_a_quarter_of_itself() {
        Shop shop = Api.openShop("integr-short");
        String owner = shop.ownerToken();
        Map<String, Object> body = kuveyt();
        body.put("api_key", "merchant-key-0016"); // 17 characters: four of them may show
        body.put("api_secret", "api123");
        Response created = shop.request().auth().oauth2(owner).body(body).post("/api/integrations/");
        created.then().statusCode(201)
                .body("integration.credentials.test.api_key", equalTo("••••0016"))
                .body("integration.credentials.test.api_secret", equalTo("••••"));
        String id = created.path("integration.id");

        shop.request().auth().oauth2(owner).body(Map.of("api_key", "fifteen-chars-1")).patch("/api/integrations/" + id
                + "/").then().statusCode(200)
                .body("integration.credentials.test.api_key", equalTo("••••"))
                .body("integration.credentials.test.api_secret", equalTo("••••"));
        String all = shop.request().auth().oauth2(owner).get("/api/integrations/").asString()
                + shop.request().auth().oauth2(owner).get("/api/integrations/" + id + "/").asString()
                + shop.request().auth().oauth2(owner).get("/api/integrations/audit/").asString();
        assertThat(all).doesNotContain("i123", "rs-1", "api123");
        assertThat(Database.column("select last4 from integration_secrets where integration_id = ?::uuid", id))
                .containsOnly("");
    }

    @Test
    void secrets_are_sealed_at_rest_and_nowhere_in_plain_text() {
        Shop shop = Api.openShop("sealed");
        String owner = shop.ownerToken();
        String id = shop.request().auth().oauth2(owner).body(kuveyt()).post("/api/integrations/")
                .then().statusCode(201).extract().path("integration.id");

        List<Object> ciphertexts = Database.column("select ciphertext from integration_secrets "
                + "where integration_id = ?::uuid", id);
        assertThat(ciphertexts).hasSize(2);
        for (Object ciphertext : ciphertexts) {
            String asText = new String((byte[]) ciphertext, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain(TEST_KEY, TEST_SECRET, "ABCD1234");
        }
        assertThat(Database.count("select count(*) from integrations where config like '%" + TEST_KEY + "%'")).isZero();
        assertThat(Database.count("select count(*) from audit_log where details like '%" + TEST_KEY + "%'")).isZero();
        assertThat(Database.count("select count(*) from tenant_data_keys k join tenants t on t.id = k.tenant_id "
                + "where t.slug = ?", shop.slug())).isEqualTo(1);

        String all = shop.request().auth().oauth2(owner).get("/api/integrations/").asString()
                + shop.request().auth().oauth2(owner).get("/api/integrations/" + id + "/").asString()
                + shop.request().auth().oauth2(owner).get("/api/integrations/audit/").asString();
        assertThat(all).doesNotContain(TEST_KEY, TEST_SECRET);
    }

    @Test
    void only_owners_and_admins_of_the_shop_see_its_integrations() {
        Shop shop = Api.openShop("integr-iso");
        String owner = shop.ownerToken();
        String id = shop.request().auth().oauth2(owner).body(kuveyt()).post("/api/integrations/")
                .then().statusCode(201).extract().path("integration.id");
        shop.request().auth().oauth2(owner).body(Map.of("email", "clerk@iso.test", "password", "clerk-password",
                "role", "staff")).post("/api/staff/members/").then().statusCode(201);
        String clerk = shop.request().body(Map.of("email", "clerk@iso.test", "password", "clerk-password"))
                .post("/api/staff/auth/login/").path("access_token");
        shop.request().auth().oauth2(clerk).get("/api/integrations/").then().statusCode(403);
        shop.request().get("/api/integrations/").then().statusCode(401);

        Shop other = Api.openShop("integr-other");
        String otherOwner = other.ownerToken();
        other.request().auth().oauth2(otherOwner).get("/api/integrations/").then().body("integrations", hasSize(0));
        other.request().auth().oauth2(otherOwner).get("/api/integrations/" + id + "/").then().statusCode(404)
                .body("code", equalTo("integration_not_found"));
        other.request().auth().oauth2(otherOwner).body(Map.of("status", "active"))
                .patch("/api/integrations/" + id + "/").then().statusCode(404);
        other.request().auth().oauth2(otherOwner).get("/api/integrations/audit/").then().body("entries", hasSize(0));
        assertThat(Database.single("select status from integrations where id = ?::uuid", id)).isEqualTo("TEST_MODE");
    }

    @Test
    void bad_integration_requests_name_the_field_and_write_nothing() {
        Shop shop = Api.openShop("integr-bad");
        String owner = shop.ownerToken();
        Map<String, Object> unknown = kuveyt();
        unknown.put("provider_type", "paypal");
        shop.request().auth().oauth2(owner).body(unknown).post("/api/integrations/").then().statusCode(400)
                .body("errors[0].field", equalTo("provider_type"));
        Map<String, Object> badEndpoint = kuveyt();
        badEndpoint.put("api_endpoint", "ftp://nope");
        Response refused = shop.request().auth().oauth2(owner).body(badEndpoint).post("/api/integrations/");
        refused.then().statusCode(400).body("errors[0].field", equalTo("api_endpoint"));
        assertThat(refused.asString()).doesNotContain(TEST_KEY);
        Map<String, Object> noName = kuveyt();
        noName.remove("name");
        shop.request().auth().oauth2(owner).body(noName).post("/api/integrations/").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertThat(integrationsOf(shop)).isZero();
    }

    @Test
    void an_endpoint_at_an_internal_address_is_refused_naming_the_field_and_nothing_is_stored() {
        Shop shop = Api.openShop("integr-internal");
        String owner = shop.ownerToken();
        Map<String, Object> metadata = kuveyt();
        metadata.put("test_endpoint", "http://169.254.169.254/");
        shop.request().auth().oauth2(owner).body(metadata).post("/api/integrations/").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("test_endpoint"))
                .body("errors[0].message", allOf(containsString("169.254.169.254"), containsString("link-local")))
                .body("detail", startsWith("test_endpoint points at 169.254.169.254"));
        Map<String, Object> privateNetwork = kuveyt();
        privateNetwork.put("test_endpoint", "https://10.0.0.1/");
        shop.request().auth().oauth2(owner).body(privateNetwork).post("/api/integrations/").then().statusCode(400)
                .body("errors[0].field", equalTo("test_endpoint"))
                .body("errors[0].message", containsString("10.0.0.1, a private address"));
        Map<String, Object> soap = kuveyt();
        soap.put("config", Map.of("soap_endpoint", "https://192.168.1.20/VirtualPosService.svc"));
        soap.put("api_endpoint", "http://api.kuveyt.example/payment");
        shop.request().auth().oauth2(owner).body(soap).post("/api/integrations/").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("api_endpoint", "config.soap_endpoint"))
                .body("errors.find { it.field == 'api_endpoint' }.message", containsString("must use https"));
        assertThat(integrationsOf(shop)).isZero();
        shop.request().auth().oauth2(owner).get("/api/integrations/audit/").then().body("entries", hasSize(0));

        // Nor can an integration be pointed there later.
        String id = shop.request().auth().oauth2(owner).body(kuveyt()).post("/api/integrations/").then()
                .statusCode(201).extract().path("integration.id");
        shop.request().auth().oauth2(owner).body(Map.of("test_endpoint", "https://[::ffff:169.254.169.254]/"))
                .patch("/api/integrations/" + id + "/").then().statusCode(400)
                .body("errors[0].field", equalTo("test_endpoint"));
        assertThat(Database.single("select test_endpoint from integrations where id = ?::uuid", id))
                .isEqualTo("https://test-api.kuveyt.example/payment");
    }

    @Test
    void an_endpoint_that_redirects_elsewhere_is_not_followed_and_the_test_says_so() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Location", "http://10.1.2.3/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        try {
            Shop shop = Api.openShop("integr-redirect");
            String owner = shop.ownerToken();
            String id = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "stripe", "name", "Stripe",
                            "status", "test_mode", "api_key", "sk_test_redirected_1234",
                            "test_endpoint", "http://127.0.0.1:" + redirecting.getAddress().getPort()))
                    .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");

            Response tested = shop.request().auth().oauth2(owner).post("/api/integrations/" + id + "/test/");
            tested.then().statusCode(200).body("integration.last_test_ok", equalTo(false))
                    .body("integration.last_test_message", containsString("answered with a redirect (HTTP 302)"));
            assertThat(tested.asString()).doesNotContain("10.1.2.3");
            assertThat(seen).containsExactly("GET /v1/balance");
        } finally {
            redirecting.stop(0);
        }
    }
}
