import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shoppers of the esim-fulfillment scenario, in two steps.
 *
 * <p>{@code prepare BASE HOST COUNT PRODUCTS_FILE OUT_FILE THREADS}: COUNT guests each put one eSIM product in a cart
 * (the products of PRODUCTS_FILE, one id a line, spread evenly over them, so the orders are a mix of bundles), order it without
 * a shipping address (a digital-only cart), create a sandbox payment and choose "succeed" on the sandbox's hosted page,
 * which answers with a 303 to Kervan's return address; that address (which confirms the payment when visited) is
 * written to OUT_FILE, one a line after the order id. Nothing is paid yet: every payment is still pending.
 *
 * <p>{@code confirm BASE HOST RETURNS_FILE THREADS MAIL_URL TIMEOUT_S}: visits every return address at once (THREADS
 * at a time), which confirms the payments and so queues one esim-fulfillment job per order, then waits on the mail
 * sink ({@code MAIL_URL}, BenchServer's counter) until it has received one eSIM mail per order or TIMEOUT_S pass
 * (from the first confirmation). Prints
 * {@code CONFIRMED <start epoch s> <seconds> <303 answers> <statuses>} and
 * {@code MAILS <eSIM mails> <distinct subjects> <seconds from the start> <mails in all>}.
 *
 * <p>Run as a single-file program: {@code java -cp <devkit jar and its dependencies (JSON-P)> EsimOrders.java ...}.
 */
public class EsimOrders {

    /** Where the guests' mails go: run.sh and the mail counter tell theirs from the staff's by this. */
    static final String DOMAIN = "@esim.bench.test";

    private static HttpClient client;
    private static String base;
    private static String host;

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        base = args[1];
        host = args[2];
        if (args[0].equals("prepare")) {
            int threads = Integer.parseInt(args[6]);
            client = client(threads);
            prepare(Integer.parseInt(args[3]), Files.readAllLines(Path.of(args[4])).stream()
                    .filter(l -> !l.isBlank()).toList(), Path.of(args[5]), threads);
        } else {
            int threads = Integer.parseInt(args[4]);
            client = client(threads);
            confirm(Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList(), threads,
                    args[5], Integer.parseInt(args[6]));
        }
        System.exit(0);
    }

    private static HttpClient client(int threads) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, threads / 4))).build();
    }

    private static void prepare(int count, List<String> products, Path out, int threads) throws Exception {
        if (products.isEmpty()) {
            throw new IllegalStateException("no eSIM products to order");
        }
        String[] lines = new String[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            String product = products.get((int) ((long) i * products.size() / count) % products.size());
            done.add(pool.submit(() -> {
                lines[n] = shopper(n, product);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Files.write(out, List.of(lines), StandardCharsets.UTF_8);
    }

    /** One guest's eSIM order and pending sandbox payment: "order_id return_path". */
    private static String shopper(int n, String product) throws IOException, InterruptedException {
        String cart = json(expect(200, post("/api/cart/add/", "application/json",
                "{\"product_id\":\"" + product + "\",\"quantity\":1}"))).getJsonObject("cart").getString("cart_id");
        JsonObject placed = json(expect(201, post("/api/orders/", "application/json", "{\"cart_id\":\"" + cart + "\","
                + "\"customer_email\":\"buyer-" + n + DOMAIN + "\",\"customer_first_name\":\"Ayşe\","
                + "\"customer_last_name\":\"Gezgin\",\"customer_phone\":\"+905551234567\"}")));
        String orderId = placed.getJsonObject("order").getString("id");
        JsonObject payment = json(expect(201, post("/api/payments/create/", "application/json",
                "{\"order_id\":\"" + orderId + "\",\"provider\":\"sandbox\"}")));
        String page = URI.create(payment.getString("payment_url")).getRawPath();
        HttpResponse<String> chosen = post(page, "application/x-www-form-urlencoded", "action=succeed");
        expect(303, chosen);
        String back = URI.create(chosen.headers().firstValue("Location").orElseThrow()).getRawPath();
        return orderId + " " + back;
    }

    private static void confirm(List<String> lines, int threads, String mailUrl, int timeoutSeconds)
            throws Exception {
        String mailQuery = mailUrl + "?subject=eSIM&to=" + DOMAIN;
        long before = mailCount(mailQuery).getOrDefault("total", 0L);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        // Every task is submitted before the clock starts, and they wait for it.
        var start = new java.util.concurrent.CountDownLatch(1);
        for (String line : lines) {
            String back = line.substring(line.indexOf(' ') + 1).trim();
            done.add(pool.submit(() -> {
                start.await();
                int status;
                try {
                    status = client.send(request(back).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    status = 0;
                }
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        long started = System.nanoTime();
        double startEpoch = System.currentTimeMillis() / 1000.0;
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double confirmSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((s, c) -> counted.put(s, c.get()));
        int seeOther = counted.getOrDefault(303, 0);
        StringBuilder all = new StringBuilder();
        counted.forEach((s, c) -> all.append(all.isEmpty() ? "" : ",").append(s).append('=').append(c));
        System.out.printf("CONFIRMED %.3f %.3f %d %s%n", startEpoch, confirmSeconds, seeOther, all);
        System.out.flush();

        // Then until every order's eSIM mail is in the sink, or the time is up. Waiting for a total costs the sink
        // nothing (it counts deliveries as they come), while reading every mail to count the eSIM ones costs it a
        // good part of a second of CPU: so first the total (the mails before, plus one per order), then one exact count;
        // only if other mails came meanwhile (a staff alert, an order mailed twice), exact counts once a second.
        long target = before + lines.size();
        double seconds;
        Map<String, Long> mails;
        while (true) {
            boolean reached = mailCount(mailUrl + "/await?total=" + target + "&timeout_ms=10000")
                    .getOrDefault("reached", 0L) == 1;
            seconds = (System.nanoTime() - started) / 1e9;
            if (reached || seconds > timeoutSeconds) {
                break;
            }
            System.err.printf("[esim-fulfillment] %.0f s: waiting for the QR emails%n", seconds);
        }
        while (true) {
            mails = mailCount(mailQuery);
            if (mails.getOrDefault("matching", 0L) >= lines.size() || seconds > timeoutSeconds) {
                break;
            }
            Thread.sleep(1000);
            seconds = (System.nanoTime() - started) / 1e9;
        }
        System.out.printf("MAILS %d %d %.3f %d%n", mails.getOrDefault("matching", 0L),
                mails.getOrDefault("subjects", 0L), seconds, mails.getOrDefault("total", 0L));
    }

    private static Map<String, Long> mailCount(String url) throws IOException, InterruptedException {
        String body = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Long> counts = new TreeMap<>();
        for (String line : body.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                counts.put(parts[0], parts[1].equals("true") ? 1L : parts[1].equals("false") ? 0L
                        : Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Host", host).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> post(String path, String type, String body)
            throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", type).header("Accept", "*/*")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
                    + " answered HTTP " + answer.statusCode() + " (expected " + status + "): "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
