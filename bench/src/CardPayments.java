import io.kervan.devkit.HtmlForm;
import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.PaynetSimulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shoppers of payments-iyzico and payments-paynet: SHOPPERS browsers at once, each paying one unpaid order after
 * another with a card and 3-D Secure through the provider's simulator, as a shopper's browser does it:
 * <ol>
 *   <li>{@code create}: {@code POST /api/payments/create/} for the order (201, the card page's address);</li>
 *   <li>{@code card-page}: {@code GET} Kervan's card page;</li>
 *   <li>{@code installments}: {@code GET /api/payments/{n}/installments/?bin=…}, what the page's script asks once six
 *       digits are typed; every INSTALLMENT_EVERY-th payment chooses 3 installments (the option's total is what the
 *       card must be charged), the others a single payment;</li>
 *   <li>{@code card}: {@code POST} the card to the card page; Kervan enrolls it with the provider (iyzico's
 *       3dsecure/initialize, PAYNET's tds_initial) and answers the form that takes the browser to the bank;</li>
 *   <li>{@code bank} and {@code password} (the simulator): that form posted, the bank's password page (the amount it
 *       shows is what the provider will charge), then the SMS password posted, which answers the form that posts the
 *       result back to Kervan;</li>
 *   <li>{@code callback}: that form posted to Kervan's return address, which takes the money server-to-server
 *       (iyzico's 3dsecure/auth, PAYNET's transaction/check and tds_charge) and answers 303 to the order's page;</li>
 *   <li>{@code paid-page}: that page, which must say the order is paid.</li>
 * </ol>
 * The shoppers run WARMUP_S, then DURATION_S measured, then finish the payment each has begun (so none is left half
 * done); orders are taken once each from ORDERS_FILE (one id a line). What counts: the payments whose paid page came
 * within the measured window. CPU of the processes PIDS (a comma-separated list each: the server, PostgreSQL and its
 * children, the simulators' JVM) and of this driver is read from /proc at the window's start and end.
 *
 * <p>Prints {@code REQUESTS <Kervan requests> <seconds> <p50 ms> <p99 ms>} (requests ended in the window, the two to
 * the simulator left out), {@code PAYMENTS <paid in the window> <seconds> <p50 ms> <p99 ms> <max ms> <paid in all>
 * <failed in all> <started in all>}, {@code STEP <name> <count> <p50 ms> <p99 ms>} for each step,
 * {@code STATUS 200=… 303=…} (Kervan's answers in the window), {@code SAMPLE …} (first wrong answers), {@code CPU
 * <seconds> <machine ticks> <ticks of each PIDS group …> <driver ticks>}; and writes LEDGER_FILE: one line per payment
 * started, {@code payment_number installments option_total bank_amount outcome}.
 *
 * <p>Run as a single-file program: {@code java -cp <devkit jar and its dependencies> CardPayments.java BASE HOST
 * PROVIDER ORDERS_FILE SHOPPERS WARMUP_S DURATION_S INSTALLMENT_EVERY LEDGER_FILE PIDS...}. Java 17: one platform
 * thread per shopper.
 */
public class CardPayments {

    enum Step {
        CREATE(true), CARD_PAGE(true), INSTALLMENTS(true), CARD(true), BANK(false), PASSWORD(false), CALLBACK(true),
        PAID_PAGE(true);

        final boolean kervan;

        Step(boolean kervan) {
            this.kervan = kervan;
        }

        String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private static final Pattern AMOUNT = Pattern.compile("amount <strong>([0-9.]+) TRY</strong>");
    private static final String PAID = "siparişiniz ödendi"; // the Turkish order page's "your order is paid"
    private static final String YEAR = String.valueOf(Year.now().getValue() + 1);

    private static HttpClient client;
    private static String base;
    private static String host;
    private static String provider;
    private static String cardNumber;
    private static String acsPassword;
    private static volatile long measureFrom;
    private static volatile long measureTo;

    /** One shopper's figures, merged at the end. */
    static final class Recorder {
        final Map<Step, List<Long>> steps = new EnumMap<>(Step.class);
        final List<Long> payments = new ArrayList<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> ledger = new ArrayList<>();
        int paid;
        int failed;
        int started;

        boolean measured(long end) {
            return end >= measureFrom && end <= measureTo;
        }
    }

    private static final List<String> SAMPLES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        base = args[0];
        host = args[1];
        provider = args[2];
        List<String> orders = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        int shoppers = Integer.parseInt(args[4]);
        long warmup = TimeUnit.SECONDS.toNanos(Long.parseLong(args[5]));
        long duration = TimeUnit.SECONDS.toNanos(Long.parseLong(args[6]));
        int installmentEvery = Integer.parseInt(args[7]);
        Path ledgerFile = Path.of(args[8]);
        List<String> pidGroups = List.of(args).subList(9, args.length);
        cardNumber = provider.equals("iyzico") ? IyzicoSimulator.CARD_SUCCESS : PaynetSimulator.CARD_SUCCESS;
        acsPassword = provider.equals("iyzico") ? IyzicoSimulator.ACS_PASSWORD : PaynetSimulator.ACS_PASSWORD;
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2)).build();

        long start = System.nanoTime();
        measureFrom = start + warmup;
        measureTo = measureFrom + duration;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger paymentNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(shoppers);
        List<Future<Recorder>> done = new ArrayList<>();
        for (int i = 0; i < shoppers; i++) {
            done.add(pool.submit(() -> {
                Recorder r = new Recorder();
                int n;
                while (System.nanoTime() < measureTo && (n = next.getAndIncrement()) < orders.size()) {
                    int count = paymentNo.incrementAndGet() % installmentEvery == 0 ? 3 : 1;
                    pay(orders.get(n), count, r);
                }
                return r;
            }));
        }
        sleepUntil(measureFrom);
        long[] before = cpu(pidGroups);
        sleepUntil(measureTo);
        long[] after = cpu(pidGroups);
        List<Recorder> all = new ArrayList<>();
        for (Future<Recorder> f : done) {
            all.add(f.get());
        }
        pool.shutdown();
        report(all, duration / 1e9, before, after, orders.size() <= next.get());
        Files.write(ledgerFile, all.stream().flatMap(r -> r.ledger.stream()).toList(), StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** One shopper's payment of one order, step by step; a wrong answer ends it (the next order is taken). */
    private static void pay(String orderId, int count, Recorder r) {
        long began = System.nanoTime();
        String number = "-";
        String total = "-";
        String bankAmount = "-";
        r.started++;
        try {
            HttpResponse<String> created = kervan(r, Step.CREATE, 201, post(kervanUri("/api/payments/create/"),
                    "application/json", "{\"order_id\":\"" + orderId + "\",\"provider\":\"" + provider + "\"}")
                    .setHeader("Accept", "application/json"));
            JsonObject payment = json(created.body());
            number = payment.getJsonObject("payment").getString("payment_number");
            String cardPage = URI.create(payment.getString("payment_url")).getRawPath();
            kervan(r, Step.CARD_PAGE, 200, browser(kervanUri(cardPage)).GET());

            JsonObject options = json(kervan(r, Step.INSTALLMENTS, 200, browser(kervanUri("/api/payments/" + number
                    + "/installments/?bin=" + cardNumber.substring(0, 6))).setHeader("Accept", "application/json")
                    .GET()).body());
            int chosen = count;
            total = options.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getInt("count") == chosen).map(o -> o.getString("total")).findFirst()
                    .orElseThrow(() -> new Failed(Step.INSTALLMENTS, "no option of " + chosen + " installments in "
                            + options));

            String toBank = kervan(r, Step.CARD, 200, post(kervanUri(cardPage), "application/x-www-form-urlencoded",
                    form(Map.of("card_holder_name", "Ayşe Yılmaz", "card_number", cardNumber,
                            "card_expiry_month", "12", "card_expiry_year", YEAR, "card_cvv", "123",
                            "installment_count", String.valueOf(count))))).body();
            HtmlForm processing = HtmlForm.of(toBank);
            String passwordPage = simulator(r, Step.BANK, post(URI.create(processing.action()),
                    "application/x-www-form-urlencoded", form(processing.fields()))).body();
            Matcher amount = AMOUNT.matcher(passwordPage);
            bankAmount = amount.find() ? amount.group(1) : "?";
            HtmlForm bank = HtmlForm.of(passwordPage);
            HtmlForm result = HtmlForm.of(simulator(r, Step.PASSWORD, post(URI.create(bank.action()),
                    "application/x-www-form-urlencoded", form(Map.of("password", acsPassword)))).body());

            HttpResponse<String> back = kervan(r, Step.CALLBACK, 303, post(kervanUri(result.actionPath()),
                    "application/x-www-form-urlencoded", form(result.fields())));
            String location = back.headers().firstValue("Location").orElse("");
            String page = kervan(r, Step.PAID_PAGE, 200, browser(kervanUri(pathOf(location))).GET()).body();
            long ended = System.nanoTime();
            if (!location.contains("status=completed") || !page.contains(PAID)) {
                throw new Failed(Step.PAID_PAGE, "not paid: " + location);
            }
            r.paid++;
            if (r.measured(ended)) {
                r.payments.add(ended - began);
            }
            r.ledger.add(number + " " + count + " " + total + " " + bankAmount + " paid");
        } catch (Failed | IOException | RuntimeException e) {
            r.failed++;
            String step = e instanceof Failed f ? f.step.label() : "error";
            sample(step + " " + e.getMessage());
            r.ledger.add(number + " " + count + " " + total + " " + bankAmount + " failed-at-" + step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A step of Kervan's, timed and counted; a status other than {@code expected} fails the payment. */
    private static HttpResponse<String> kervan(Recorder r, Step step, int expected, HttpRequest.Builder request)
            throws IOException, InterruptedException, Failed {
        HttpResponse<String> answer = timed(r, step, request.header("Host", host));
        if (r.measured(System.nanoTime())) {
            r.statuses.merge(answer.statusCode(), 1, Integer::sum);
        }
        if (answer.statusCode() != expected) {
            throw new Failed(step, "HTTP " + answer.statusCode() + " (expected " + expected + "): "
                    + answer.body().substring(0, Math.min(400, answer.body().length())).replaceAll("\\s+", " "));
        }
        return answer;
    }

    private static HttpResponse<String> simulator(Recorder r, Step step, HttpRequest.Builder request)
            throws IOException, InterruptedException, Failed {
        HttpResponse<String> answer = timed(r, step, request);
        if (answer.statusCode() != 200) {
            throw new Failed(step, "the simulator answered HTTP " + answer.statusCode());
        }
        return answer;
    }

    private static HttpResponse<String> timed(Recorder r, Step step, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<String> answer = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        long ended = System.nanoTime();
        if (r.measured(ended)) {
            r.steps.computeIfAbsent(step, s -> new ArrayList<>()).add(ended - began);
        }
        return answer;
    }

    private static void report(List<Recorder> all, double seconds, long[] before, long[] after, boolean ranOut) {
        List<Long> requests = new ArrayList<>();
        List<Long> payments = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int paid = 0;
        int failed = 0;
        int started = 0;
        for (Recorder r : all) {
            r.steps.forEach((step, times) -> {
                if (step.kervan) {
                    requests.addAll(times);
                }
            });
            payments.addAll(r.payments);
            r.statuses.forEach((s, n) -> statuses.merge(s, n, Integer::sum));
            paid += r.paid;
            failed += r.failed;
            started += r.started;
        }
        long[] sortedRequests = sorted(requests);
        long[] sortedPayments = sorted(payments);
        System.out.printf("REQUESTS %d %.3f %.2f %.2f%n", sortedRequests.length, seconds,
                ms(percentile(sortedRequests, 0.50)), ms(percentile(sortedRequests, 0.99)));
        System.out.printf("PAYMENTS %d %.3f %.2f %.2f %.2f %d %d %d%n", sortedPayments.length, seconds,
                ms(percentile(sortedPayments, 0.50)), ms(percentile(sortedPayments, 0.99)),
                ms(percentile(sortedPayments, 1.0)), paid, failed, started);
        for (Step step : Step.values()) {
            List<Long> times = new ArrayList<>();
            all.forEach(r -> times.addAll(r.steps.getOrDefault(step, List.of())));
            long[] sortedTimes = sorted(times);
            System.out.printf("STEP %s %d %.2f %.2f%n", step.label(), sortedTimes.length,
                    ms(percentile(sortedTimes, 0.50)), ms(percentile(sortedTimes, 0.99)));
        }
        System.out.println("STATUS " + statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        synchronized (SAMPLES) {
            SAMPLES.forEach(s -> System.out.println("SAMPLE " + s));
        }
        long[] used = new long[after.length];
        Arrays.setAll(used, i -> after[i] - before[i]);
        System.out.println("CPU " + String.format("%.3f", seconds) + " " + Arrays.stream(used)
                .mapToObj(Long::toString).collect(Collectors.joining(" ")));
        if (ranOut) {
            System.out.println("SAMPLE the orders ran out before the time was up: give it more unpaid orders");
        }
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** The nearest-rank percentile of sorted values (0 when there are none). */
    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Clock ticks (user + system) so far: the whole machine, each group of PIDS, then this JVM. */
    private static long[] cpu(List<String> pidGroups) throws IOException {
        long[] ticks = new long[pidGroups.size() + 2];
        String machine = Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] f = machine.trim().split("\\s+");
        for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
            ticks[0] += Long.parseLong(f[i]);
        }
        for (int g = 0; g < pidGroups.size(); g++) {
            for (String pid : pidGroups.get(g).split(",")) {
                ticks[g + 1] += ticksOf(pid);
            }
        }
        ticks[ticks.length - 1] = ticksOf(String.valueOf(ProcessHandle.current().pid()));
        return ticks;
    }

    private static long ticksOf(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid.trim() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    private static void sample(String text) {
        synchronized (SAMPLES) {
            if (SAMPLES.size() < 3) {
                SAMPLES.add(text.length() > 400 ? text.substring(0, 400) : text);
            }
        }
    }

    private static URI kervanUri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static HttpRequest.Builder browser(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").header("Accept-Language", "tr");
    }

    private static HttpRequest.Builder post(URI uri, String type, String body) {
        return browser(uri).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A step's answer that ends the payment. */
    static final class Failed extends Exception {
        final Step step;

        Failed(Step step, String message) {
            super(message, null, false, false);
            this.step = step;
        }
    }
}
