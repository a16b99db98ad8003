package io.kervan.devkit.simulators;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static io.kervan.devkit.simulators.EsimGoSimulator.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator on its own, spoken to the way eSIM Go's documentation speaks to eSIM Go. */
class EsimGoSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void start() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stop() {
        esimGo.close();
    }

    private static HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(esimGo.baseUrl() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String order(String type, String bundle) {
        return "{\"type\":\"" + type + "\",\"assign\":true,\"order\":[{\"type\":\"bundle\",\"quantity\":1,"
                + "\"item\":\"" + bundle + "\",\"allowReassign\":false}]}";
    }

    @Test
    void the_signature_matches_one_computed_with_openssl() {
        // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'esimgo-test-key-0123'  (and -binary | base64)
        String body = "{\"iccid\":\"8944000000000000017\",\"alertType\":\"Utilisation\",\"bundle\":"
                + "{\"name\":\"esim_1GB_7D_TR_V2\",\"remainingQuantity\":500000000}}";
        assertThat(EsimGoSimulator.signature(body, "esimgo-test-key-0123", EsimGoSimulator.Encoding.HEX))
                .isEqualTo("94dd2c76a88e0b37bf1b82f3234c6d2341d703feca37b255f11a13febb0bd3a1");
        assertThat(EsimGoSimulator.signature(body, "esimgo-test-key-0123", EsimGoSimulator.Encoding.BASE64))
                .isEqualTo("lN0sdqiOCze/G4LzI0xtI0HXA/7KN7JV8RoT/rsL06E=");
    }

    @Test
    void the_catalogue_is_over_a_thousand_bundles_in_about_two_hundred_countries_page_by_page() throws Exception {
        Set<String> names = new HashSet<>();
        Set<String> countries = new HashSet<>();
        JsonObject first = object(call("GET", "/catalogue?page=1&perPage=100", API_KEY, null));
        int pages = first.getInt("pageCount");
        assertThat(first.getInt("rows")).isEqualTo(1015);
        for (int page = 1; page <= pages; page++) {
            JsonArray bundles = object(call("GET", "/catalogue?page=" + page + "&perPage=100", API_KEY, null))
                    .getJsonArray("bundles");
            bundles.getValuesAs(JsonObject.class).forEach(b -> {
                names.add(b.getString("name"));
                b.getJsonArray("countries").getValuesAs(JsonObject.class)
                        .forEach(c -> countries.add(c.getString("iso")));
            });
        }
        assertThat(names).hasSize(1015).contains("esim_5GB_7D_TR_V2", "esim_1GB_7D_REU_V2");
        assertThat(countries).hasSize(198);
        assertThat(EsimGoSimulator.start(0, 10_000)).satisfies(big -> {
            assertThat(big.bundles()).hasSize(10_000);
            big.close();
        });
    }

    @Test
    void a_wrong_key_is_refused_with_403_and_eSIM_Go_s_error_shape() throws Exception {
        HttpResponse<String> refused = call("GET", "/catalogue", "not-a-key", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(object(refused).getString("message")).contains("API key");
        assertThat(call("GET", "/catalogue", null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_validated_order_charges_nothing_and_a_transaction_assigns_an_esim_with_install_details() throws Exception {
        String key = "esimgo-test-org-orders";
        esimGo.addApiKey(key);
        JsonObject quote = object(call("POST", "/orders", key, order("validate", "esim_1GB_7D_TR_V2")));
        assertThat(quote.getBoolean("valid")).isTrue();
        assertThat(esimGo.ordersPlaced(key)).isZero();

        JsonObject placed = object(call("POST", "/orders", key, order("transaction", "esim_1GB_7D_TR_V2")));
        assertThat(placed.getString("status")).isEqualTo("completed");
        String reference = placed.getString("orderReference");
        JsonObject esim = placed.getJsonArray("order").getJsonObject(0).getJsonArray("esims").getJsonObject(0);
        assertThat(esim.getString("iccid")).matches("\\d{19}");

        JsonArray installs = Json.createReader(new StringReader(call("GET", "/esims/assignments?reference="
                + reference, key, null).body())).readArray();
        assertThat(installs.getJsonObject(0).getString("matchingId")).isEqualTo(esim.getString("matchingId"));
        assertThat(object(call("GET", "/orders?page=1&perPage=10", key, null)).getJsonArray("orders")).hasSize(1);
        JsonObject status = object(call("GET", "/esims/" + esim.getString("iccid") + "/bundles/esim_1GB_7D_TR_V2",
                key, null));
        assertThat(status.getJsonArray("assignments").getJsonObject(0).getString("bundleState")).isEqualTo("queued");
        assertThat(call("POST", "/orders", key, order("transaction", "esim_nope")).statusCode()).isEqualTo(400);
    }

    /**
     * The run command keeps Kervan's data across restarts but starts a fresh simulator: its ICCIDs count on from the
     * clock (past this JVM's start), so they never repeat one an earlier run handed out, which Kervan already holds.
     */
    @Test
    void iccids_count_on_from_the_clock_so_a_restarted_simulator_gives_new_ones() throws Exception {
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        String key = "esimgo-test-org-iccids";
        esimGo.addApiKey(key);

        JsonObject placed = object(call("POST", "/orders", key, order("transaction", "esim_1GB_7D_DE_V2")));
        String iccid = placed.getJsonArray("order").getJsonObject(0).getJsonArray("esims").getJsonObject(0)
                .getString("iccid");

        assertThat(Long.parseLong(iccid.substring(5, 18))).isGreaterThan(started);
    }

    @Test
    void injected_faults_answer_429_with_retry_after_then_500_then_normally() throws Exception {
        esimGo.retryAfter(2);
        esimGo.failNext(EsimGoSimulator.Fault.RATE_LIMIT, 1);
        HttpResponse<String> limited = call("GET", "/catalogue", API_KEY, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        esimGo.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 1, 1);
        assertThat(call("GET", "/catalogue", API_KEY, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/catalogue", API_KEY, null).statusCode()).isEqualTo(500);
        assertThat(call("GET", "/catalogue", API_KEY, null).statusCode()).isEqualTo(200);
        esimGo.retryAfter(1);
    }

    @Test
    void a_slow_assignment_keeps_the_order_processing_without_esims_until_it_is_made() throws Exception {
        String key = "esimgo-test-org-slow";
        esimGo.addApiKey(key);
        esimGo.slowAssignments(Duration.ofMillis(800));
        JsonObject placed = object(call("POST", "/orders", key, order("transaction", "esim_3GB_15D_DE_V2")));
        esimGo.slowAssignments(Duration.ZERO);
        assertThat(placed.getString("status")).isEqualTo("processing");
        String assignments = "/esims/assignments?reference=" + placed.getString("orderReference");
        assertThat(call("GET", assignments, key, null).body()).isEqualTo("[]");
        Thread.sleep(900);
        assertThat(call("GET", assignments, key, null).body()).contains("matchingId");
    }
}
