package io.kervan.it.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kervan.it.api.WriteEndpoints.Endpoint;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON is read strictly: a count is a whole JSON number within range (never a fraction, a string or a number bent to
 * fit), a flag is true or false, an exponent is refused before it is expanded, a body is exactly one JSON value, and
 * an object is an object.
 * Each refusal is a 400 problem naming the field, and nothing is written.
 */
@KervanTest
class StrictJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Object value) {
        return JSON.valueToTree(value).toString();
    }

    /** Sends the body of {@code endpoint} with {@code field}'s value replaced by the JSON text {@code literal}. */
    private static Response sendRaw(Endpoint endpoint, String field, String literal) {
        String marker = "@@" + field + "@@";
        String body = json(endpoint.with(field, marker)).replace("\"" + marker + "\"", literal);
        return endpoint.request().body(body).request(endpoint.method(), endpoint.path());
    }

    @Test
    void a_count_that_is_fractional_out_of_range_or_a_string_is_a_400_naming_it() {
        WriteEndpoints api = WriteEndpoints.forNewShop("counts");
        Refusals refusals = new Refusals();
        for (String quantity : List.of("1.9", "4294967297", "4294967301", "-4294967295", "\"3\"", "1e309", "1e2",
                "2.0", "true", "[1]", "{\"n\":1}")) {
            for (String name : List.of("add to cart", "set a cart quantity")) {
                Endpoint endpoint = api.named(name);
                refusals.expectFieldRefused(name + " quantity " + quantity, "quantity",
                        () -> sendRaw(endpoint, "quantity", quantity));
            }
        }
        for (String stock : List.of("1.5", "\"5\"", "4294967297", "1e309")) {
            for (String name : List.of("add product", "edit product")) {
                Endpoint endpoint = api.named(name);
                refusals.expectFieldRefused(name + " stock " + stock, "stock",
                        () -> sendRaw(endpoint, "stock", stock));
            }
        }
        Endpoint shipping = api.named("add shipping method");
        refusals.expectFieldRefused("min_days 1.5", "min_days", () -> sendRaw(shipping, "min_days", "1.5"));
        Endpoint coupon = api.named("add coupon");
        refusals.expectFieldRefused("max_uses 4294967297", "max_uses",
                () -> sendRaw(coupon, "max_uses", "4294967297"));
        refusals.verify();
    }

    @Test
    void an_amount_with_a_huge_exponent_or_not_a_decimal_is_a_400_naming_it() {
        WriteEndpoints api = WriteEndpoints.forNewShop("amounts");
        Refusals refusals = new Refusals();
        Endpoint product = api.named("add product");
        for (String price : List.of("1e309", "1e2000", "\"1e2000\"", "\"cheap\"", "\"12,50\"", "[\"1.00\"]")) {
            refusals.expectFieldRefused("price " + price, "price", () -> sendRaw(product, "price", price));
        }
        Endpoint refund = api.named("refund");
        refusals.expectFieldRefused("refund amount 1e-2000", "amount", () -> sendRaw(refund, "amount", "1e-2000"));
        refusals.verify();
    }

    @Test
    void a_flag_that_is_not_true_or_false_is_a_400_naming_it_and_changes_nothing() {
        WriteEndpoints api = WriteEndpoints.forNewShop("flags");
        Endpoint edit = api.named("edit product");
        Refusals refusals = new Refusals();
        for (String active : List.of("\"yes\"", "\"false\"", "0")) {
            refusals.expectFieldRefused("active " + active, "active", () -> sendRaw(edit, "active", active));
        }
        refusals.verify();
        String product = edit.path().split("/")[4];
        edit.request().get("/api/public/products/" + product + "/").then().statusCode(200);
    }

    @Test
    void a_telegram_id_with_a_huge_exponent_is_refused_before_it_is_expanded() {
        WriteEndpoints api = WriteEndpoints.forNewShop("exponent");
        Endpoint telegram = api.named("telegram sign-in");
        Refusals refusals = new Refusals();
        for (String id : List.of("1e2000", "1e999999999", "9".repeat(5000))) {
            refusals.expectFieldRefused("Telegram id " + id.substring(0, Math.min(id.length(), 12)), "id",
                    () -> sendRaw(telegram, "id", id));
        }
        assertThat(refusals.slowest()).as("the slowest refusal").isLessThan(Duration.ofSeconds(2));
        refusals.verify();
    }

    @Test
    void data_after_the_json_value_is_refused_on_every_endpoint() {
        WriteEndpoints api = WriteEndpoints.forNewShop("trailing");
        Refusals refusals = new Refusals();
        for (Endpoint endpoint : api.all()) {
            String json = json(endpoint.body());
            for (String tail : List.of(" {}", "x", "]", json)) {
                refusals.expect(endpoint + " followed by " + tail.substring(0, Math.min(tail.length(), 3)),
                        "malformed_request", "body",
                        () -> endpoint.request().body(json + tail).request(endpoint.method(), endpoint.path()));
            }
        }
        refusals.verify();
    }

    @Test
    void an_integration_config_that_is_not_an_object_is_a_400_naming_it() {
        WriteEndpoints api = WriteEndpoints.forNewShop("config");
        Refusals refusals = new Refusals();
        for (String name : List.of("add integration", "change integration")) {
            Endpoint endpoint = api.named(name);
            for (String config : List.of("[1,2]", "[]", "5", "\"x\"", "true")) {
                refusals.expectFieldRefused(name + " config " + config, "config",
                        () -> sendRaw(endpoint, "config", config));
            }
        }
        Endpoint telegram = api.named("telegram sign-in");
        refusals.expectFieldRefused("a Telegram login that is an array", "body",
                () -> telegram.request().body("[1,2]").post(telegram.path()));
        refusals.verify();
    }
}
