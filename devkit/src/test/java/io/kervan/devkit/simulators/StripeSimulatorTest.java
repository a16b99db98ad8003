package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator on its own, spoken to over HTTP as Stripe's API reference does with curl. */
class StripeSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String KEY = "sk_test_simulator_account_1";
    private static StripeSimulator stripe;

    @BeforeAll
    static void start() {
        stripe = StripeSimulator.start();
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @Test
    void a_refund_asked_again_with_its_key_and_parameters_is_answered_with_the_first_refund_not_a_second()
            throws Exception {
        String session = paidSession(5000);
        HttpResponse<String> first = post(KEY, "/v1/refunds", "payment_intent=" + intent(session) + "&amount=1000",
                "refund-key-1");
        HttpResponse<String> again = post(KEY, "/v1/refunds", "payment_intent=" + intent(session) + "&amount=1000",
                "refund-key-1");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"status\":\"succeeded\"");
        assertThat(stripe.refunds(session)).containsExactly(1000L);
    }

    @Test
    void the_same_key_with_other_parameters_or_on_another_endpoint_is_an_idempotency_error_that_moves_nothing()
            throws Exception {
        String session = paidSession(5000);
        post(KEY, "/v1/refunds", "payment_intent=" + intent(session) + "&amount=1000", "refund-key-2");

        HttpResponse<String> otherAmount = post(KEY, "/v1/refunds", "payment_intent=" + intent(session)
                + "&amount=2000", "refund-key-2");
        assertThat(otherAmount.statusCode()).isEqualTo(400);
        assertThat(otherAmount.body()).contains("\"type\":\"idempotency_error\"")
                .contains("can only be used with the same parameters");
        HttpResponse<String> otherEndpoint = post(KEY, "/v1/checkout/sessions", "mode=payment", "refund-key-2");
        assertThat(otherEndpoint.statusCode()).isEqualTo(400);
        assertThat(otherEndpoint.body()).contains("idempotency_error").contains("same endpoint");
        assertThat(stripe.refunds(session)).containsExactly(1000L);
    }

    @Test
    void an_error_the_endpoint_answered_is_replayed_and_keys_belong_to_one_account() throws Exception {
        String session = paidSession(5000);
        String tooMuch = "payment_intent=" + intent(session) + "&amount=9000";
        HttpResponse<String> refused = post(KEY, "/v1/refunds", tooMuch, "refund-key-3");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(post(KEY, "/v1/refunds", tooMuch, "refund-key-3").body()).isEqualTo(refused.body());

        String part = "payment_intent=" + intent(session) + "&amount=500";
        post(KEY, "/v1/refunds", part, "refund-key-4");
        post("sk_test_simulator_account_2", "/v1/refunds", part, "refund-key-4");
        assertThat(stripe.refunds(session)).containsExactly(500L, 500L);
    }

    @Test
    void a_request_that_fails_before_its_endpoint_runs_saves_nothing_for_its_key() throws Exception {
        String session = paidSession(5000);
        String body = "payment_intent=" + intent(session) + "&amount=700";
        stripe.failNext("500", 1);
        assertThat(post(KEY, "/v1/refunds", body, "refund-key-5").statusCode()).isEqualTo(500);
        assertThat(post(KEY, "/v1/refunds", body, "refund-key-5").statusCode()).isEqualTo(200);
        assertThat(stripe.refunds(session)).containsExactly(700L);
    }

    private static String paidSession(long amount) throws Exception {
        String created = post(KEY, "/v1/checkout/sessions", "mode=payment&line_items[0][quantity]=1"
                + "&line_items[0][price_data][currency]=try&line_items[0][price_data][unit_amount]=" + amount
                + "&success_url=http://shop.localhost/ok&cancel_url=http://shop.localhost/cancel", null).body();
        String id = field(created, "id");
        HTTP.send(HttpRequest.newBuilder(URI.create(stripe.baseUrl() + "/pay/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=succeed")).build(),
                HttpResponse.BodyHandlers.discarding());
        return id;
    }

    private static String intent(String session) throws Exception {
        return field(HTTP.send(HttpRequest.newBuilder(URI.create(stripe.baseUrl() + "/v1/checkout/sessions/"
                + session)).header("Authorization", "Bearer " + KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body(), "payment_intent");
    }

    private static HttpResponse<String> post(String apiKey, String path, String form, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripe.baseUrl() + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError(name + " not in " + json);
        }
        return m.group(1);
    }
}
