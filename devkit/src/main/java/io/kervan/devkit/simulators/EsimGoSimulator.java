package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static io.kervan.devkit.simulators.EsimGoWire.JSON;

/**
 * An eSIM Go look-alike on a local port, speaking API v2.4 as docs/providers/esim-go.md says: everything under
 * {@code /v2.4}, the organisation's key in {@code X-API-Key} (403 otherwise), errors as {@code {"message": …}}, rate
 * limit headers on every answer. It serves the paged catalogue ({@link EsimGoCatalogue}, 1,015 bundles unless told
 * otherwise), orders ({@code validate} charges nothing; {@code transaction} debits the balance and, with
 * {@code assign}, puts each bundle on a new eSIM), the order list and one order, install details (JSON or CSV) and
 * bundle status, and sends usage callbacks signed {@code X-Signature-SHA256} (HMAC-SHA256 of the raw body keyed with
 * the API key). Faults can be injected: 429 with {@code Retry-After}, 500, slow answers, late answers to requests
 * already carried out, and slow assignment (orders stay "processing", without eSIMs, for a while).
 */
public final class EsimGoSimulator implements AutoCloseable {

    /** The key of the organisation every simulator has; {@link #addApiKey} adds more. */
    public static final String API_KEY = "esimgo-simulator-key-0001";
    public static final int DEFAULT_PORT = 12141;
    static final String VERSION = "/v2.4";
    private static final String CURRENCY = "USD";
    private static final int MAX_PER_PAGE = 500;

    /**
     * {@code SLOW} answers late and then does the work; {@code LATE_ANSWER} does the work at once and answers only
     * after the slow-answer delay, as when an answer is lost after eSIM Go carried the request out.
     */
    public enum Fault { RATE_LIMIT, SERVER_ERROR, SLOW, LATE_ANSWER }

    /** The delay of a {@link Fault#LATE_ANSWER}, for the request the current thread serves. */
    private static final ThreadLocal<Duration> ANSWER_DELAY = new ThreadLocal<>();

    public enum Encoding { HEX, BASE64 }

    /** A request as the simulator answered it, for tests that check timing (a retry after Retry-After). */
    public record Request(String method, String target, int status, Instant at) {
    }

    /** A usage callback sent, and Kervan's HTTP status (0 when it could not be delivered). */
    public record Callback(String payload, String signature, int status) {
    }

    private volatile HttpServer server;
    private final EsimGoCatalogue catalogue;
    private final Map<String, EsimGoOrganisation> organisations = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Callback> callbacks = new CopyOnWriteArrayList<>();
    private final AtomicReference<Fault> fault = new AtomicReference<>();
    private final AtomicInteger faultsToSkip = new AtomicInteger();
    private final AtomicInteger faultsLeft = new AtomicInteger();
    private final AtomicLong window = new AtomicLong();
    private final AtomicInteger inWindow = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile int requestsPerSecond;
    private volatile Duration slowAnswer = Duration.ofSeconds(15);
    private volatile Duration assignmentDelay = Duration.ZERO;
    private volatile String callbackUrl;
    private volatile String callbackHost;
    private volatile Encoding callbackEncoding = Encoding.HEX;
    // HTTP/1.1: over an upgraded HTTP/2 connection the Host header would give way to the URI's authority.
    private final HttpClient callbackClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private EsimGoSimulator(int bundles) {
        this.catalogue = new EsimGoCatalogue(bundles);
        addApiKey(API_KEY);
    }

    /** On a free port, with the default catalogue. */
    public static EsimGoSimulator start() {
        return start(0, EsimGoCatalogue.DEFAULT_SIZE);
    }

    public static EsimGoSimulator start(int port) {
        return start(port, EsimGoCatalogue.DEFAULT_SIZE);
    }

    /** With {@code bundles} bundles in the catalogue (at most 10,759). */
    public static EsimGoSimulator start(int port, int bundles) {
        EsimGoSimulator simulator = new EsimGoSimulator(bundles);
        simulator.server = SimulatorHttp.serve(port, simulator::handle);
        return simulator;
    }

    /**
     * Run by hand: {@code java -cp <devkit classes, parsson, jakarta.json-api>
     * io.kervan.devkit.simulators.EsimGoSimulator 12141 [bundles]}.
     */
    public static void main(String[] args) throws InterruptedException {
        EsimGoSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT,
                args.length > 1 ? Integer.parseInt(args[1]) : EsimGoCatalogue.DEFAULT_SIZE);
        System.out.println("eSIM Go simulator: " + simulator.baseUrl() + " (X-API-Key " + API_KEY + ", "
                + simulator.bundles().size() + " bundles)");
        Thread.currentThread().join();
    }

    /** The API root with its version, as an integration's {@code test_endpoint}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + VERSION;
    }

    /** Another organisation, with its own balance, orders and eSIMs. */
    public void addApiKey(String key) {
        organisations.putIfAbsent(key, new EsimGoOrganisation());
    }

    public List<EsimGoCatalogue.Bundle> bundles() {
        return catalogue.offered();
    }

    public void changePrice(String bundle, BigDecimal price) {
        catalogue.changePrice(bundle, price);
    }

    public void withdraw(String bundle) {
        catalogue.withdraw(bundle);
    }

    public void restore(String bundle) {
        catalogue.restore(bundle);
    }

    /** The next {@code times} requests fail with {@code fault}. */
    public void failNext(Fault fault, int times) {
        failNext(fault, times, 0);
    }

    /** After {@code afterRequests} more requests that succeed, the {@code times} following fail with {@code fault}. */
    public void failNext(Fault fault, int times, int afterRequests) {
        faultsToSkip.set(afterRequests);
        faultsLeft.set(times);
        this.fault.set(fault);
    }

    /** What a 429 asks for (1 s unless told). */
    public void retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
    }

    /** How long a {@link Fault#SLOW} answer takes (15 s unless told). */
    public void slowAnswers(Duration delay) {
        this.slowAnswer = delay;
    }

    /** Orders placed from now on stay "processing", without eSIMs, for {@code delay} (zero: assigned at once). */
    public void slowAssignments(Duration delay) {
        this.assignmentDelay = delay;
    }

    /** Enforces eSIM Go's per-second limit (answering 429); 0, the default, only reports it in headers. */
    public void limitRequestsPerSecond(int limit) {
        this.requestsPerSecond = limit;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Orders placed ({@code transaction}) by an organisation. */
    public int ordersPlaced(String apiKey) {
        EsimGoOrganisation organisation = organisations.get(apiKey);
        return organisation == null ? 0 : organisation.orders().size();
    }

    public void setBalance(String apiKey, BigDecimal balance) {
        organisations.get(apiKey).setBalance(balance);
    }

    /** Where usage callbacks go, with the Host header to send, signed in this encoding. */
    public void sendCallbacksTo(String url, String host, Encoding encoding) {
        this.callbackUrl = url;
        this.callbackHost = host;
        this.callbackEncoding = encoding;
    }

    /** Uses data on an eSIM and sends the Utilisation callback; answers Kervan's status (0: nothing sent). */
    public int use(String apiKey, String iccid, long bytes) {
        EsimGoOrganisation.Applied applied = organisations.get(apiKey).use(iccid, bytes);
        if (applied == null || callbackUrl == null) {
            return 0;
        }
        String payload = EsimGoWire.usage(iccid, applied);
        String signature = signature(payload, apiKey, callbackEncoding);
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    // Kervan finds the shop by Host; needs -Djdk.httpclient.allowRestrictedHeaders=host in this JVM.
                    .header("Host", callbackHost)
                    .header("X-Signature-SHA256", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
            status = callbackClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        callbacks.add(new Callback(payload, signature, status));
        return status;
    }

    public List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** {@code X-Signature-SHA256} for a body: HMAC-SHA256 of its bytes, keyed with the API key. */
    public static String signature(String payload, String apiKey, Encoding encoding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return encoding == Encoding.HEX ? HexFormat.of().formatHex(digest)
                    : Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = serve(exchange);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), status,
                    Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ANSWER_DELAY.remove();
        }
    }

    private int serve(HttpExchange exchange) throws IOException, InterruptedException {
        Fault injected = nextFault();
        boolean overLimit = countInWindow(exchange);
        if (injected == Fault.SLOW) {
            Thread.sleep(slowAnswer.toMillis());
        } else if (injected == Fault.LATE_ANSWER) {
            ANSWER_DELAY.set(slowAnswer);
        } else if (injected == Fault.RATE_LIMIT || overLimit) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
            return json(exchange, 429, EsimGoWire.message("Rate limit exceeded"));
        } else if (injected == Fault.SERVER_ERROR) {
            return json(exchange, 500, EsimGoWire.message("Internal server error"));
        }
        String path = exchange.getRequestURI().getPath();
        if (!path.startsWith(VERSION + "/")) {
            return json(exchange, 404, EsimGoWire.message("Not found"));
        }
        EsimGoOrganisation organisation = organisations.get(String.valueOf(
                exchange.getRequestHeaders().getFirst("X-API-Key")));
        if (organisation == null) {
            return json(exchange, 403, EsimGoWire.message("Authentication failed: invalid API key"));
        }
        String[] parts = path.substring(VERSION.length() + 1).split("/");
        Map<String, String> query = SimulatorHttp.form(exchange.getRequestURI().getRawQuery() == null ? ""
                : exchange.getRequestURI().getRawQuery());
        boolean get = exchange.getRequestMethod().equals("GET");
        return switch (parts[0]) {
            case "catalogue" -> !get ? notFound(exchange) : parts.length == 1 ? cataloguePage(exchange, query)
                    : one(exchange, catalogue.find(parts[1]) == null ? null
                            : EsimGoWire.bundle(catalogue.find(parts[1])), "Bundle not found");
            case "orders" -> exchange.getRequestMethod().equals("POST") && parts.length == 1
                    ? EsimGoOrders.post(exchange, organisation, catalogue, assignmentDelay, CURRENCY)
                    : !get ? notFound(exchange) : parts.length == 1 ? orderPage(exchange, organisation, query)
                    : one(exchange, organisation.order(parts[1]) == null ? null
                            : EsimGoWire.order(organisation.order(parts[1]), organisation, CURRENCY),
                            "Order not found");
            case "esims" -> !get || parts.length < 2 ? notFound(exchange) : parts[1].equals("assignments")
                    ? EsimGoOrders.assignments(exchange, organisation, query.get("reference"))
                    : EsimGoOrders.bundles(exchange, organisation, parts);
            default -> notFound(exchange);
        };
    }

    private int cataloguePage(HttpExchange exchange, Map<String, String> query) throws IOException {
        List<EsimGoCatalogue.Bundle> bundles = catalogue.offered();
        if (query.containsKey("countries")) {
            List<String> wanted = List.of(query.get("countries").toUpperCase().split(","));
            bundles = bundles.stream().filter(b -> b.countryCodes().stream().anyMatch(wanted::contains)).toList();
        }
        return page(exchange, query, "bundles", bundles, EsimGoWire::bundle);
    }

    private int orderPage(HttpExchange exchange, EsimGoOrganisation organisation, Map<String, String> query)
            throws IOException {
        return page(exchange, query, "orders", organisation.orders(),
                o -> EsimGoWire.order(o, organisation, CURRENCY));
    }

    /** {@code page} from 1 and {@code perPage} (at most 500), with eSIM Go's {@code pageCount} and {@code rows}. */
    private static <T> int page(HttpExchange exchange, Map<String, String> query, String member, List<T> all,
                                Function<T, JsonObject> render) throws IOException {
        int page;
        int perPage;
        try {
            page = Integer.parseInt(query.getOrDefault("page", "1"));
            perPage = Math.min(MAX_PER_PAGE, Integer.parseInt(query.getOrDefault("perPage", "50")));
        } catch (NumberFormatException e) {
            return json(exchange, 400, EsimGoWire.message("page and perPage must be numbers"));
        }
        if (page < 1 || perPage < 1) {
            return json(exchange, 400, EsimGoWire.message("page and perPage start at 1"));
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        all.stream().skip((long) (page - 1) * perPage).limit(perPage).map(render).forEach(items::add);
        return json(exchange, 200, JSON.createObjectBuilder().add(member, items)
                .add("pageCount", (all.size() + perPage - 1) / perPage).add("rows", all.size())
                .add("pageSize", perPage).build().toString());
    }

    private static int one(HttpExchange exchange, JsonValue found, String missing) throws IOException {
        return found == null ? json(exchange, 404, EsimGoWire.message(missing))
                : json(exchange, 200, found.toString());
    }

    private static int notFound(HttpExchange exchange) throws IOException {
        return json(exchange, 404, EsimGoWire.message("Not found"));
    }

    private Fault nextFault() {
        if (faultsLeft.get() <= 0) {
            return null;
        }
        if (faultsToSkip.getAndDecrement() > 0) {
            return null;
        }
        return faultsLeft.getAndDecrement() > 0 ? fault.get() : null;
    }

    /**
     * eSIM Go's fixed one-second window: counted always and reported in the {@code X-Ratelimit-*} headers, enforced
     * (answering true) only when a limit is set.
     */
    private boolean countInWindow(HttpExchange exchange) {
        Instant now = Instant.now();
        if (window.getAndSet(now.getEpochSecond()) != now.getEpochSecond()) {
            inWindow.set(0);
        }
        int used = inWindow.incrementAndGet();
        int limit = requestsPerSecond > 0 ? requestsPerSecond : 10;
        var headers = exchange.getResponseHeaders();
        headers.set("X-Ratelimit-Limit", String.valueOf(limit));
        headers.set("X-Ratelimit-Remaining", String.valueOf(Math.max(0, limit - used)));
        headers.set("X-Ratelimit-Reset", now.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
        headers.set("X-Ratelimit-Cost", "1");
        return requestsPerSecond > 0 && used > requestsPerSecond;
    }

    static int json(HttpExchange exchange, int status, String body) throws IOException {
        return respond(exchange, status, "application/json", body);
    }

    static int respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Duration delay = ANSWER_DELAY.get();
        if (delay != null) {
            ANSWER_DELAY.remove();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        return status;
    }

    /** The request body as a JSON object, or null when it is not one. */
    static JsonObject body(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    static List<String> strings(JsonObject object, String name) {
        List<String> values = new ArrayList<>();
        if (object.get(name) instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> values.add(v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()));
        }
        return values;
    }
}
