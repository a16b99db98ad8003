package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.devkit.simulators.EsimGoSimulator.Encoding;
import io.kervan.it.esim.EsimOwners.Customer;
import io.kervan.it.esim.EsimOwners.EsimShop;
import io.kervan.it.esim.EsimOwners.OwnedEsim;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * eSIM Go's usage callbacks at {@code POST /api/webhooks/esimgo/{integration_id}/}, sent by the simulator as eSIM Go
 * sends them (signed {@code X-Signature-SHA256} with the organisation's API key, hex or base64) when data is used:
 * the customer's eSIM shows the data left; a forged, replayed, malformed or misdirected callback changes nothing; every
 * delivery is in the webhook log, and the API key is in no answer and no log.
 */
@KervanTest
class EsimUsageCallbacksIT {

    private static final long MB = 1_000_000L;

    private static EsimGoSimulator esimGo;

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimGoSimulator.start();
    }

    @AfterAll
    static void stopEsimGo() {
        EsimShops.disconnectAll();
        esimGo.close();
    }

    private record Bought(EsimShop shop, Customer customer, OwnedEsim esim) {

        Response post(String payload, String signature) {
            return post(shop, payload, signature);
        }

        static Response post(EsimShop to, String payload, String signature) {
            var request = to.shop().request().body(payload);
            return (signature == null ? request : request.header("X-Signature-SHA256", signature))
                    .post("/api/webhooks/esimgo/" + to.integrationId() + "/");
        }

        List<Object> logOutcomes() {
            return Database.column("select outcome from webhook_log where integration_id = ?::uuid "
                    + "and tenant_id = ?::uuid order by received_at", shop.integrationId(), shop.tenantId());
        }
    }

    /** A shop whose customer has a 1 GB eSIM, with callbacks sent to that shop in this encoding. */
    private static Bought bought(String prefix, Encoding encoding) {
        EsimShop s = EsimOwners.open(prefix, esimGo);
        Customer ayse = s.register("ayse@example.com");
        OwnedEsim esim = EsimOwners.buy(esimGo, ayse, ayse.placeOrder(), "esim_1GB_7D_TR_V2");
        esimGo.sendCallbacksTo(s.callbackUrl(), s.host(), encoding);
        return new Bought(s, ayse, esim);
    }

    @Test
    void a_callback_signed_in_hex_updates_the_data_left_that_the_customer_sees() {
        Bought b = bought("usage-hex", Encoding.HEX);

        assertThat(esimGo.use(b.shop().apiKey(), b.esim().iccid(), 250 * MB)).isEqualTo(200);

        assertThat(EsimOwners.usage(b.esim(), "remaining_bytes")).isEqualTo(750 * MB);
        b.customer().request().get("/api/esims/").then().statusCode(200)
                .body("esims[0].status", equalTo("active"))
                .body("esims[0].initial_data", equalTo("1 GB"))
                .body("esims[0].remaining_data", equalTo("750 MB"))
                .body("esims[0].remaining_bytes", equalTo((int) (750 * MB)));
        b.shop().shop().request().auth().oauth2(b.shop().owner())
                .get("/api/webhooks/esimgo/" + b.shop().integrationId() + "/").then().statusCode(200)
                .body("entries.outcome", contains("processed"))
                .body("entries[0].event_type", equalTo("Utilisation"))
                .body("entries[0].http_status", equalTo(200));
    }

    @Test
    void a_callback_signed_in_base64_is_taken_alike_and_using_it_all_depletes_the_bundle() {
        Bought b = bought("usage-b64", Encoding.BASE64);

        assertThat(esimGo.use(b.shop().apiKey(), b.esim().iccid(), 400 * MB)).isEqualTo(200);
        assertThat(EsimOwners.usage(b.esim(), "remaining_bytes")).isEqualTo(600 * MB);
        assertThat(esimGo.use(b.shop().apiKey(), b.esim().iccid(), 600 * MB)).isEqualTo(200);

        b.customer().request().get("/api/esims/").then().statusCode(200)
                .body("esims[0].status", equalTo("depleted"))
                .body("esims[0].remaining_data", equalTo("0 MB"));
        assertThat(b.logOutcomes()).containsExactly("processed", "processed");
    }

    @Test
    void the_same_callback_again_is_a_duplicate_that_changes_nothing() {
        Bought b = bought("usage-dup", Encoding.HEX);
        esimGo.use(b.shop().apiKey(), b.esim().iccid(), 100 * MB);
        EsimGoSimulator.Callback sent = esimGo.callbacks().get(esimGo.callbacks().size() - 1);
        Database.column("update esims set remaining_bytes = 5 where id = ?::uuid returning id", b.esim().id());

        b.post(sent.payload(), sent.signature()).then().statusCode(200)
                .body("result", equalTo("duplicate"));

        assertThat(EsimOwners.usage(b.esim(), "remaining_bytes")).isEqualTo(5L);
        assertThat(b.logOutcomes()).containsExactly("processed", "duplicate");
    }

    @Test
    void a_callback_whose_signature_does_not_verify_is_a_401_that_changes_nothing() {
        Bought b = bought("usage-forged", Encoding.HEX);
        String payload = usage(b.esim().iccid(), 1);
        String otherBody = usage(b.esim().iccid(), 2);

        for (String signature : new String[] {
                EsimGoSimulator.signature(payload, "not-the-shops-key", Encoding.HEX),
                EsimGoSimulator.signature(payload, "not-the-shops-key", Encoding.BASE64),
                EsimGoSimulator.signature(otherBody, b.shop().apiKey(), Encoding.HEX),
                "not a signature", null}) {
            b.post(payload, signature).then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("invalid_webhook"))
                    .body(not(containsString(b.shop().apiKey())));
        }

        assertThat(EsimOwners.usage(b.esim(), "remaining_bytes")).isNull();
        assertThat(Database.count("select count(*) from webhook_events where event_id like ?",
                b.esim().iccid() + "%")).isZero();
        assertThat(b.logOutcomes()).hasSize(5).containsOnly("invalid_webhook");
    }

    @Test
    void a_signed_callback_that_cannot_be_read_is_a_400_problem_that_writes_nothing() {
        Bought b = bought("usage-bad", Encoding.HEX);

        for (String payload : new String[] {"{not json", "{\"alertType\":\"Utilisation\"}",
                usage(b.esim().iccid(), 1).replace("\"remainingQuantity\":1", "\"remainingQuantity\":\"lots\"")}) {
            b.post(payload, EsimGoSimulator.signature(payload, b.shop().apiKey(), Encoding.HEX)).then()
                    .statusCode(400).contentType("application/problem+json");
        }

        assertThat(EsimOwners.usage(b.esim(), "remaining_bytes")).isNull();
        assertThat(b.logOutcomes()).hasSize(3);
    }

    @Test
    void another_shop_cannot_report_usage_on_this_shops_eSIM() {
        Bought a = bought("usage-a", Encoding.HEX);
        EsimShop b = EsimOwners.open("usage-b", esimGo);
        String payload = usage(a.esim().iccid(), 1);

        // Signed with B's own key, about A's eSIM: B has no such eSIM.
        Bought.post(b, payload, EsimGoSimulator.signature(payload, b.apiKey(), Encoding.HEX)).then()
                .statusCode(200).body("result", equalTo("ignored"));
        // A's callback sent to B's integration does not verify there.
        Bought.post(b, payload, EsimGoSimulator.signature(payload, a.shop().apiKey(), Encoding.HEX)).then()
                .statusCode(401);
        // A's integration is not found on B's address.
        b.shop().request().header("X-Signature-SHA256", EsimGoSimulator.signature(payload, a.shop().apiKey(),
                        Encoding.HEX)).body(payload)
                .post("/api/webhooks/esimgo/" + a.shop().integrationId() + "/").then().statusCode(404)
                .body("code", equalTo("integration_not_found"));

        assertThat(EsimOwners.usage(a.esim(), "remaining_bytes")).isNull();
        assertThat(a.logOutcomes()).isEmpty();
    }

    @Test
    void the_api_key_is_in_no_log() throws Exception {
        Bought b = bought("usage-secret", Encoding.HEX);
        esimGo.use(b.shop().apiKey(), b.esim().iccid(), MB);
        b.post(usage(b.esim().iccid(), 1), "forged").then().statusCode(401);

        assertThat(Database.column("select headers || ' ' || coalesce(event_id, '') from webhook_log "
                + "where integration_id = ?::uuid", b.shop().integrationId()).toString())
                .doesNotContain(b.shop().apiKey());
        Path serverLog = Path.of("target/wildfly-base/log/server.log");
        if (Files.exists(serverLog)) {
            assertThat(Files.readString(serverLog)).doesNotContain(b.shop().apiKey());
        }
    }

    /** A Utilisation callback about a 1 GB bundle, as eSIM Go would write it. */
    private static String usage(String iccid, long remaining) {
        return "{\"iccid\":\"" + iccid + "\",\"alertType\":\"Utilisation\",\"bundle\":{\"id\":\"x\",\"reference\":"
                + "\"r\",\"name\":\"esim_1GB_7D_TR_V2\",\"initialQuantity\":1000000000,\"remainingQuantity\":"
                + remaining + ",\"unlimited\":false}}";
    }
}
