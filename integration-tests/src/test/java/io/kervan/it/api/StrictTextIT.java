package io.kervan.it.api;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.devkit.simulators.TelegramSimulator;
import io.kervan.it.api.WriteEndpoints.Endpoint;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.KervanTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Text the API takes in is text PostgreSQL can store: a NUL character (U+0000) or a value longer than its column is
 * refused at the door with a 400 problem that names the field, wherever it comes in (a JSON body, the path, the query,
 * a header, a provider's signed event), and nothing is written.
 */
@KervanTest
class StrictTextIT {

    private static final String NUL = "\u0000";

    /** Each write endpoint with its text fields: endpoint, field as sent (dotted when nested), field as named. */
    private static final String[][] TEXT_FIELDS = {
            {"open a shop", "display_name", "display_name"}, {"open a shop", "owner_email", "owner_email"},
            {"open a shop", "owner_password", "owner_password"}, {"open a shop", "owner_full_name", "owner_full_name"},
            {"operator sign-in", "email", "email"}, {"operator sign-in", "password", "password"},
            {"staff sign-in", "email", "email"}, {"staff sign-in", "password", "password"},
            {"register", "email", "email"}, {"register", "password", "password"},
            {"register", "first_name", "first_name"}, {"register", "last_name", "last_name"},
            {"customer sign-in", "email", "email"}, {"customer sign-in", "password", "password"},
            {"telegram sign-in", "first_name", "first_name"}, {"telegram sign-in", "hash", "hash"},
            {"add staff", "email", "email"}, {"add staff", "full_name", "full_name"},
            {"add staff", "password", "password"},
            {"add product", "sku", "sku"}, {"add product", "name", "name"},
            {"add product", "description", "description"}, {"add product", "image_urls.0", "image_urls"},
            {"edit product", "name", "name"}, {"edit product", "description", "description"},
            {"add shipping method", "name", "name"}, {"add shipping method", "carrier", "carrier"},
            {"change shipping method", "name", "name"}, {"change shipping method", "carrier", "carrier"},
            {"apply a coupon", "coupon_code", "coupon_code"},
            {"add coupon", "code", "code"}, {"change coupon", "code", "code"},
            {"place order", "customer_email", "customer_email"},
            {"place order", "customer_first_name", "customer_first_name"},
            {"place order", "customer_last_name", "customer_last_name"},
            {"place order", "shipping_address.address_line1", "address_line1"},
            {"place order", "shipping_address.city", "city"},
            {"change order", "note", "note"}, {"change order", "tracking_number", "tracking_number"},
            {"create payment", "customer_info.name", "name"}, {"create payment", "customer_info.email", "email"},
            {"verify payment", "transaction_id", "transaction_id"},
            {"refund", "reason", "reason"},
            {"add integration", "name", "name"}, {"add integration", "description", "description"},
            {"add integration", "api_key", "api_key"}, {"add integration", "config.note", "note"},
            {"change integration", "name", "name"}, {"change integration", "description", "description"}};

    @Test
    void a_nul_character_in_any_text_field_of_any_write_endpoint_is_a_400_naming_it_that_writes_nothing() {
        WriteEndpoints api = WriteEndpoints.forNewShop("nul");
        Refusals refusals = new Refusals();
        for (String[] c : TEXT_FIELDS) {
            Endpoint endpoint = api.named(c[0]);
            String accepted = (String) endpoint.value(c[1]);
            String poisoned = accepted.charAt(0) + NUL + accepted.substring(1);
            refusals.expectFieldRefused(endpoint + " " + c[1], c[2],
                    () -> endpoint.send(endpoint.with(c[1], poisoned)));
        }
        Endpoint cart = api.named("add to cart");
        refusals.expectFieldRefused("a NUL in a field's name", "body",
                () -> cart.send(cart.with("quan" + NUL + "tity", 1)));
        refusals.verify();
    }

    @Test
    void a_value_longer_than_its_column_is_a_400_naming_it_that_writes_nothing() {
        WriteEndpoints api = WriteEndpoints.forNewShop("long");
        Object[][] cases = {
                {"open a shop", "display_name", text(121)}, {"open a shop", "owner_email", email(255)},
                {"open a shop", "owner_full_name", text(121)},
                {"register", "first_name", text(81)}, {"register", "last_name", text(81)},
                {"register", "email", email(255)},
                {"add staff", "full_name", text(121)}, {"add staff", "email", email(255)},
                {"add product", "sku", text(65)}, {"add product", "name", text(201)},
                {"add product", "description", text(5001)},
                {"edit product", "name", text(201)},
                {"add shipping method", "name", text(121)}, {"add shipping method", "carrier", text(81)},
                {"apply a coupon", "coupon_code", text(41)},
                {"place order", "customer_first_name", text(81)}, {"place order", "customer_email", email(255)},
                {"place order", "shipping_address.address_line1", text(201)},
                {"place order", "shipping_address.city", text(101)},
                {"change order", "note", text(501)},
                {"create payment", "customer_info.name", text(161)},
                {"create payment", "customer_info.email", email(255)},
                {"verify payment", "transaction_id", text(201)},
                {"refund", "reason", text(201)},
                {"add integration", "name", text(121)}, {"add integration", "description", text(501)},
                {"change integration", "description", text(501)}};
        Refusals refusals = new Refusals();
        for (Object[] c : cases) {
            Endpoint endpoint = api.named((String) c[0]);
            String field = (String) c[1];
            String named = field.substring(field.lastIndexOf('.') + 1);
            refusals.expectFieldRefused(endpoint + " " + field + " of " + ((String) c[2]).length(), named,
                    () -> endpoint.send(endpoint.with(field, c[2])));
        }
        refusals.verify();
    }

    @Test
    void a_staff_member_whose_long_email_stands_in_for_a_missing_name_is_added() {
        Shop shop = Api.openShop("staffname");
        String email = email(121);
        shop.asOwner().body(Map.of("email", email, "password", "long-enough-pw", "role", "staff"))
                .post("/api/staff/members/").then().statusCode(201).body("full_name", equalTo(email));
        shop.asOwner().body(Map.of("email", email(254), "password", "long-enough-pw", "role", "staff"))
                .post("/api/staff/members/").then().statusCode(201);
    }

    @Test
    void a_nul_character_in_the_path_or_the_query_is_a_400_naming_it() {
        Shop shop = Api.openShop("nulparam");
        String owner = shop.ownerToken();
        String integration = shop.request().auth().oauth2(owner)
                .body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode"))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        Refusals refusals = new Refusals();
        refusals.expectFieldRefused("search of the public catalog", "search",
                () -> shop.request().queryParam("search", "ç" + NUL + "ay").get("/api/public/products/"));
        refusals.expectFieldRefused("search of the staff catalog", "search", () -> shop.request().auth()
                .oauth2(owner).queryParam("search", "ç" + NUL + "ay").get("/api/staff/products/"));
        refusals.expectFieldRefused("customer_email filter of orders", "customer_email", () -> shop.request()
                .auth().oauth2(owner).queryParam("customer_email", "a" + NUL + "@b.co").get("/api/orders/"));
        refusals.expectFieldRefused("order number to track", "order_number",
                () -> shop.request().get("/api/orders/track/ORD" + NUL + "1/"));
        refusals.expectFieldRefused("payment number of a return", "payment_number",
                () -> shop.request().get("/api/payments/return/sandbox/PAY" + NUL + "1/"));
        refusals.expectFieldRefused("provider of a webhook", "provider",
                () -> shop.request().body("{}").post("/api/webhooks/sand" + NUL + "box/" + integration + "/"));
        refusals.verify();
    }

    /** HTTP clients will not send it, and WildFly's web server answers a bare 400 before Kervan sees the request. */
    @Test
    void a_nul_character_in_a_header_never_reaches_kervan() throws IOException {
        Shop shop = Api.openShop("nulheader");
        try (Socket socket = new Socket("127.0.0.1", Api.HTTP_PORT)) {
            socket.getOutputStream().write(("POST /api/orders/ HTTP/1.1\r\nHost: " + shop.slug() + ".localhost\r\n"
                    + "Idempotency-Key: key-" + NUL + "-0123456789\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines()
                    .findFirst().orElse("");
            assertThat(status).isEqualTo("HTTP/1.1 400 Bad Request");
        }
    }

    @Test
    void a_webhook_path_naming_a_provider_longer_than_any_is_a_400_that_logs_nothing() {
        Shop shop = Api.openShop("hookpath");
        String integration = shop.asOwner()
                .body(Map.of("provider_type", "sandbox", "name", "Sandbox", "status", "test_mode"))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        Refusals refusals = new Refusals();
        refusals.expectFieldRefused("a 40-character provider", "provider",
                () -> shop.request().body("{}").post("/api/webhooks/" + "p".repeat(40) + "/" + integration + "/"));
        refusals.verify();
    }

    @Test
    void provider_events_whose_ids_or_names_cannot_be_stored_are_refused_naming_the_field() {
        Shop shop = Api.openShop("events");
        String secret = "whsec_strict_input_secret";
        String stripe = shop.asOwner().body(Map.of("provider_type", "stripe", "name", "Stripe",
                        "status", "test_mode", "api_key", "sk_test_strict", "webhook_secret", secret))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        String esimKey = "esimgo-strict-input-key";
        String esimgo = shop.asOwner().body(Map.of("provider_type", "esimgo", "name", "eSIM Go",
                        "status", "test_mode", "api_key", esimKey, "config", Map.of("markup_percent", 30)))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        Set<String> log = Set.of("webhook_log");
        Refusals refusals = new Refusals();
        for (String[] c : new String[][] {{"evt_1" + NUL, "payment_intent.created", "id"},
                {"evt_" + "1".repeat(197), "payment_intent.created", "id"},
                {"evt_2", "payment_intent." + "x".repeat(86), "type"}}) {
            String payload = "{\"id\":" + json(c[0]) + ",\"type\":" + json(c[1])
                    + ",\"data\":{\"object\":{\"id\":\"pi_1\"}}}";
            refusals.expect("Stripe event " + c[2] + " of " + c[0].length() + "/" + c[1].length(),
                    "validation_failed", c[2], log, () -> shop.request()
                            .header("Stripe-Signature", StripeSimulator.signature(payload, secret,
                                    Instant.now().getEpochSecond()))
                            .body(payload).post("/api/webhooks/stripe/" + stripe + "/"));
        }
        String alert = "{\"iccid\":\"8944000000000000001\",\"alertType\":\"Utili" + "\\u0000" + "sation\","
                + "\"bundle\":{\"id\":\"x\",\"reference\":\"r\",\"name\":\"esim_1GB_7D_TR_V2\","
                + "\"initialQuantity\":1000000000,\"remainingQuantity\":5,\"unlimited\":false}}";
        refusals.expect("eSIM Go alertType", "validation_failed", "alertType", log, () -> shop.request()
                .header("X-Signature-SHA256", EsimGoSimulator.signature(alert, esimKey,
                        EsimGoSimulator.Encoding.HEX))
                .body(alert).post("/api/webhooks/esimgo/" + esimgo + "/"));
        refusals.verify();
    }

    @Test
    void a_telegram_login_signed_with_a_nul_in_a_name_is_refused_naming_it() {
        Shop shop = Api.openShop("tgnul");
        String botToken = "7100000042:AAKervanStrictInputBotTokenSecretPart";
        shop.asOwner().body(Map.of("provider_type", "telegram", "name", "Telegram", "status", "active",
                "api_key", botToken)).post("/api/integrations/").then().statusCode(201);
        Map<String, Object> signed = new HashMap<>(TelegramSimulator.signLogin(Map.of("id", "424242",
                "first_name", "Ay" + NUL + "şe", "auth_date", String.valueOf(Instant.now().getEpochSecond())),
                botToken));
        Refusals refusals = new Refusals();
        refusals.expectFieldRefused("Telegram first_name", "first_name",
                () -> shop.request().body(signed).post("/api/auth/telegram/"));
        refusals.verify();
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    /** A well-formed address of exactly {@code length} (at least 20) characters, its labels under 63 characters. */
    static String email(int length) {
        String local = "a".repeat(Math.min(64, length - 16));
        int left = length - local.length() - "@".length() - ".test".length();
        StringBuilder domain = new StringBuilder();
        while (left > 61) {
            domain.append("b".repeat(60)).append('.');
            left -= 61;
        }
        return local + "@" + domain + "c".repeat(left) + ".test";
    }

    private static String json(String text) {
        return "\"" + text.replace("\u0000", "\\u0000") + "\"";
    }
}
