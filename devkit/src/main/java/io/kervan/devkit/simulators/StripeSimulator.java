package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Stripe look-alike on a local port, faithful to what Kervan uses of Stripe's HTTP API: form-encoded requests under
 * {@code /v1}, secret-key authentication (Basic or Bearer, {@code sk_test_}/{@code sk_live_} only), Checkout Sessions
 * with a hosted page that can succeed or decline, refunds, Stripe's error shape, webhooks signed like Stripe's
 * ({@code Stripe-Signature: t=…,v1=hex(HMAC-SHA256("t.body"))}), and {@code Idempotency-Key} on POSTs as Stripe
 * applies it (docs.stripe.com/idempotency): keys belong to the secret key's account; the first result of a request
 * that reached its endpoint (success or error) is saved and replayed, status and body, for every request with the same
 * key and the same parameters; the same key with other parameters or on another endpoint is a 400
 * {@code idempotency_error}; a request made while another with its key is still running is a 409 and saves nothing.
 * Faults can be injected for the next request: a 5xx before the endpoint runs (nothing saved), or a response slower
 * than the client waits (the request is carried out all the same, as a real timeout would leave it).
 */
public final class StripeSimulator implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile HttpServer server;
    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
    private final Map<String, Saved> idempotent = new ConcurrentHashMap<>();
    private final Map<String, Boolean> inFlight = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> refundsByIntent = new ConcurrentHashMap<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> nextFault = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger faultsLeft = new java.util.concurrent.atomic.AtomicInteger();
    // HTTP/1.1: over an upgraded HTTP/2 connection the Host header would give way to the URI's authority.
    private final HttpClient webhookClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private volatile String webhookUrl;
    private volatile String webhookHost;
    private volatile String webhookSecret;
    private volatile String lastWebhookResponse;

    private StripeSimulator() {
        // the server is attached by start
    }

    /** On a free port. */
    public static StripeSimulator start() {
        return start(0);
    }

    public static StripeSimulator start(int port) {
        StripeSimulator simulator = new StripeSimulator();
        simulator.server = SimulatorHttp.serve(port, simulator::handle);
        return simulator;
    }

    /** Run by hand: {@code java -cp devkit/target/classes io.kervan.devkit.simulators.StripeSimulator 12111}. */
    public static void main(String[] args) throws InterruptedException {
        StripeSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : 12111);
        System.out.println("Stripe simulator: " + simulator.baseUrl() + " (any sk_test_… key)");
        Thread.currentThread().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where to deliver signed events, with the Host header to send, and the endpoint's signing secret. */
    public void sendWebhooksTo(String url, String host, String secret) {
        this.webhookUrl = url;
        this.webhookHost = host;
        this.webhookSecret = secret;
    }

    /**
     * The next {@code times} API requests fail: {@code "500"} answers a 500, {@code "slow"} answers only after 15
     * seconds.
     */
    public void failNext(String fault, int times) {
        faultsLeft.set(times);
        nextFault.set(fault);
    }

    /** Kervan's answer to the last delivery, status and body, for diagnosing a failed test. */
    public String lastWebhookResponse() {
        return lastWebhookResponse;
    }

    /** Event ids delivered so far. */
    public List<String> deliveredEvents() {
        return List.copyOf(delivered);
    }

    /** The signature header Stripe would send for {@code payload}. */
    public static String signature(String payload, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + hmacHex(secret, timestamp + "." + payload);
    }

    /** Delivers an event for a session again (as Stripe's retries do); returns Kervan's HTTP status. */
    public int redeliver(String sessionId) {
        return deliver(sessionId, lastEventId.get(sessionId));
    }

    private final Map<String, String> lastEventId = new ConcurrentHashMap<>();

    /** The amounts (minor units) Stripe gave back on a Checkout Session's payment, one entry per refund made. */
    public List<Long> refunds(String sessionId) {
        Map<String, Object> session = sessions.get(sessionId);
        Object intent = session == null ? null : session.get("payment_intent");
        return intent == null ? List.of() : List.copyOf(refundsByIntent.getOrDefault(intent.toString(), List.of()));
    }

    /** A saved result: the request it answered (endpoint and parameters) and what was answered. */
    private record Saved(String endpoint, Map<String, String> params, int status, String body) {
    }

    /** An answer; {@code executed} when the endpoint ran, which is when Stripe saves it for the request's key. */
    private record Answer(int status, String body, boolean executed) {

        static Answer ok(String body) {
            return new Answer(200, body, true);
        }

        static Answer error(int status, String type, String message, boolean executed) {
            return new Answer(status, toJson(Map.of("error", Map.of("type", type, "message", message))), executed);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/pay/")) {
                hostedPage(exchange, path.substring("/pay/".length()));
                return;
            }
            String fault = faultsLeft.getAndDecrement() > 0 ? nextFault.get() : null;
            if ("slow".equals(fault)) {
                Thread.sleep(15_000);
            } else if ("500".equals(fault)) {
                error(exchange, 500, "api_error", "An unexpected error occurred");
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String apiKey = apiKey(authorization);
            if (apiKey == null) {
                error(exchange, 401, "invalid_request_error", "Invalid API Key provided");
                return;
            }
            Map<String, String> form = SimulatorHttp.form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String endpoint = exchange.getRequestMethod() + " " + path;
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Answer answer = key == null || !exchange.getRequestMethod().equals("POST")
                    ? route(endpoint, path, form) : idempotently(apiKey + " " + key, key, endpoint, path, form);
            json(exchange, answer.status(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer idempotently(String scope, String key, String endpoint, String path, Map<String, String> form) {
        Saved saved = idempotent.get(scope);
        if (saved == null && inFlight.putIfAbsent(scope, Boolean.TRUE) != null) {
            return Answer.error(409, "idempotency_error", "There is currently another in-progress request using "
                    + "this Idempotent Key (that probably means you submitted twice, and the other request is still "
                    + "going through): " + key + ". Please try again later.", false);
        }
        if (saved == null) {
            try {
                Answer answer = route(endpoint, path, form);
                if (answer.executed()) {
                    idempotent.put(scope, new Saved(endpoint, Map.copyOf(form), answer.status(), answer.body()));
                }
                return answer;
            } finally {
                inFlight.remove(scope);
            }
        }
        if (!saved.endpoint().equals(endpoint)) {
            return Answer.error(400, "idempotency_error", "Keys for idempotent requests can only be used for the "
                    + "same endpoint they were first used for ('" + saved.endpoint().substring(5) + "' vs '" + path
                    + "'). Try using a key other than '" + key + "' if you meant to execute a different request.",
                    false);
        }
        if (!saved.params().equals(form)) {
            return Answer.error(400, "idempotency_error", "Keys for idempotent requests can only be used with the "
                    + "same parameters they were first used with. Try using a key other than '" + key
                    + "' if you meant to execute a different request.", false);
        }
        return new Answer(saved.status(), saved.body(), true);
    }

    private Answer route(String endpoint, String path, Map<String, String> form) {
        if (endpoint.equals("POST /v1/checkout/sessions")) {
            return Answer.ok(createSession(form));
        }
        if (endpoint.startsWith("GET /v1/checkout/sessions/")) {
            Map<String, Object> session = sessions.get(path.substring("/v1/checkout/sessions/".length()));
            return session == null ? Answer.error(404, "invalid_request_error", "No such checkout.session", true)
                    : Answer.ok(toJson(session));
        }
        if (endpoint.equals("GET /v1/balance")) {
            return Answer.ok(toJson(Map.of("object", "balance", "livemode", false)));
        }
        if (endpoint.equals("POST /v1/refunds")) {
            String body = refund(form);
            return body == null ? Answer.error(400, "invalid_request_error",
                    "Refund amount is greater than unrefunded amount", true) : Answer.ok(body);
        }
        return Answer.error(404, "invalid_request_error", "Unrecognized request URL", false);
    }

    private String createSession(Map<String, String> form) {
        String id = "cs_test_" + random(12);
        long amount = Long.parseLong(form.getOrDefault("line_items[0][price_data][unit_amount]", "0"))
                * Long.parseLong(form.getOrDefault("line_items[0][quantity]", "1"));
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("amount_total", amount);
        session.put("currency", form.getOrDefault("line_items[0][price_data][currency]", "try"));
        session.put("client_reference_id", form.get("client_reference_id"));
        session.put("customer_email", form.get("customer_email"));
        session.put("mode", "payment");
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.put("payment_intent", null);
        session.put("success_url", form.get("success_url"));
        session.put("cancel_url", form.get("cancel_url"));
        session.put("url", baseUrl() + "/pay/" + id);
        session.put("amount_refunded", 0L);
        session.put("livemode", false);
        sessions.put(id, session);
        return toJson(session);
    }

    private String refund(Map<String, String> form) {
        String intent = form.get("payment_intent");
        Map<String, Object> session = sessions.values().stream()
                .filter(s -> intent != null && intent.equals(s.get("payment_intent"))).findFirst().orElse(null);
        if (session == null) {
            return null;
        }
        long total = (Long) session.get("amount_total");
        long already = (Long) session.get("amount_refunded");
        long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : total - already;
        if (amount <= 0 || already + amount > total) {
            return null;
        }
        session.put("amount_refunded", already + amount);
        refundsByIntent.computeIfAbsent(intent, i -> new CopyOnWriteArrayList<>()).add(amount);
        return toJson(Map.of("id", "re_" + random(12), "object", "refund", "amount", amount,
                "currency", session.get("currency"), "payment_intent", intent, "status", "succeeded"));
    }

    private void hostedPage(HttpExchange exchange, String id) throws IOException {
        Map<String, Object> session = sessions.get(id);
        if (session == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (exchange.getRequestMethod().equals("GET")) {
            byte[] page = ("<!doctype html><title>Stripe Checkout (simulator)</title><form method=post>"
                    + "<button name=action value=succeed>Pay</button>"
                    + "<button name=action value=decline>Decline</button></form>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            return;
        }
        String action = SimulatorHttp.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .getOrDefault("action", "decline");
        String target;
        if (action.equals("succeed")) {
            session.put("status", "complete");
            session.put("payment_status", "paid");
            session.put("payment_intent", "pi_" + random(12));
            target = ((String) session.get("success_url")).replace("{CHECKOUT_SESSION_ID}", id);
            lastEventId.put(id, "evt_" + random(12));
            deliver(id, lastEventId.get(id));
        } else {
            session.put("status", "expired");
            target = (String) session.get("cancel_url");
        }
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(303, -1);
    }

    private int deliver(String sessionId, String eventId) {
        if (webhookUrl == null || eventId == null) {
            return 0;
        }
        String payload = toJson(Map.of("id", eventId, "object", "event", "type", "checkout.session.completed",
                "api_version", "2025-09-30.clover", "created", Instant.now().getEpochSecond(),
                "data", Map.of("object", sessions.get(sessionId))));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    // Kervan finds the shop by Host; needs -Djdk.httpclient.allowRestrictedHeaders=host in this JVM.
                    .header("Host", webhookHost)
                    .header("Stripe-Signature", signature(payload, webhookSecret, Instant.now().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(payload));
            HttpResponse<String> response = webhookClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
            delivered.add(eventId);
            lastWebhookResponse = response.statusCode() + " " + response.body();
            return response.statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The secret key the request authenticates with, or null when it is missing or not a secret key. */
    private static String apiKey(String header) {
        if (header == null) {
            return null;
        }
        String key;
        if (header.startsWith("Bearer ")) {
            key = header.substring(7);
        } else if (header.startsWith("Basic ")) {
            key = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":")[0];
        } else {
            return null;
        }
        return key.matches("sk_(test|live)_\\w{4,}") ? key : null;
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        json(exchange, status, toJson(Map.of("error", Map.of("type", type, "message", message))));
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + random(8));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** A small JSON writer for the simulator's flat objects (strings, numbers, booleans, null, nested maps). */
    @SuppressWarnings("unchecked")
    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(toJson(e.getKey())).append(':').append(toJson(e.getValue()));
            }
            return json.append('}').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String hmacHex(String secret, String data) {
        return HmacSha256.hex(secret, data);
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
