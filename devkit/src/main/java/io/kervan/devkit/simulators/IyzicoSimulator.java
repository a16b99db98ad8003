package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An iyzico sandbox look-alike on a local port, speaking what docs/providers and the README (iyzico section) say:
 * POST JSON under its root, every request signed {@code IYZWSv2} and checked (an unknown key answers 1001, a wrong
 * signature 1000), iyzico's answer shape with {@code signature} per model; the checkout form with a hosted page,
 * direct 3-D Secure with a bank page that posts back, payment detail and reporting, refunds per item and per payment,
 * same-day cancel, the installment table; card storage (register while paying, pay with a kept card, delete);
 * signed webhooks; and faults per endpoint (hang, slow answer, 5xx, lost
 * answer). Test data: {@value #API_KEY} / {@value #SECRET_KEY}, iyzico's published sandbox cards, ACS password
 * {@value #ACS_PASSWORD}.
 */
public final class IyzicoSimulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 12171;
    public static final String API_KEY = "sandbox-kervanSimulatorApiKey0000000001";
    public static final String SECRET_KEY = "sandbox-kervanSimulatorSecretKey000001";
    public static final long MERCHANT_ID = 3_382_172L;
    public static final String ACS_PASSWORD = IyzicoThreeDs.ACS_PASSWORD;
    /** Halkbank Paraf credit card: pays, 2, 3, 6 and 9 installments. */
    public static final String CARD_SUCCESS = "5528790000000008";
    /** Akbank Axess credit card: pays; its installment totals are those of iyzico's published sample. */
    public static final String CARD_AXESS = "5526080000000006";
    public static final String CARD_DEBIT = "5890040000000016";
    public static final String CARD_FOREIGN = "5400010000000004";
    public static final String CARD_INSUFFICIENT_FUNDS = "4111111111111129";
    public static final String CARD_DO_NOT_HONOUR = "4129111111111111";
    public static final String CARD_MD_STATUS_0 = "4131111111111117";
    public static final String CARD_NOT_REFUNDABLE = "5406670000000009";

    /** The API endpoints, each of which can be given faults. */
    public enum Endpoint {
        CHECKOUT_FORM_INITIALIZE("/payment/iyzipos/checkoutform/initialize/auth/ecom"),
        CHECKOUT_FORM_RETRIEVE("/payment/iyzipos/checkoutform/auth/ecom/detail"),
        THREEDS_INITIALIZE("/payment/3dsecure/initialize"),
        THREEDS_AUTH("/payment/3dsecure/auth"),
        THREEDS_AUTH_V2("/payment/v2/3dsecure/auth"),
        PAYMENT_DETAIL("/payment/detail"),
        REFUND("/payment/refund"),
        REFUND_V2("/v2/payment/refund"),
        CANCEL("/payment/cancel"),
        INSTALLMENT("/payment/iyzipos/installment"),
        PAYMENT_REPORT("/v2/reporting/payment/details"),
        CARD_DELETE("/cardstorage/card");

        public final String path;

        Endpoint(String path) {
            this.path = path;
        }

        static Endpoint of(String method, String path) {
            for (Endpoint endpoint : values()) {
                if (endpoint.path.equals(path) && method.equals(endpoint == PAYMENT_REPORT ? "GET"
                        : endpoint == CARD_DELETE ? "DELETE" : "POST")) {
                    return endpoint;
                }
            }
            return null;
        }
    }

    private volatile HttpServer server;
    private final SimulatorClock clock = new SimulatorClock();
    private final Map<String, IyzicoMerchant> merchants = new ConcurrentHashMap<>();
    private final InjectedFaults<Endpoint> faults = new InjectedFaults<>(Endpoint.class);
    private final IyzicoWebhooks webhooks = new IyzicoWebhooks(merchants::get, clock);
    private final IyzicoLedger ledger = new IyzicoLedger(clock, webhooks::announce);
    private volatile IyzicoCheckoutForms forms;
    private volatile IyzicoThreeDs threeDs;
    private final IyzicoAfterSales afterSales = new IyzicoAfterSales(ledger);
    private final IyzicoStoredCards storedCards = new IyzicoStoredCards();

    private IyzicoSimulator() {
        addMerchant(API_KEY, SECRET_KEY);
    }

    /** On a free port. */
    public static IyzicoSimulator start() {
        return start(0);
    }

    public static IyzicoSimulator start(int port) {
        IyzicoSimulator simulator = new IyzicoSimulator();
        simulator.server = SimulatorHttp.serve(port, simulator::handle, 16);
        simulator.forms = new IyzicoCheckoutForms(simulator.ledger, simulator.baseUrl());
        simulator.threeDs = new IyzicoThreeDs(simulator.ledger, simulator.baseUrl(), simulator.merchants::get,
                simulator.storedCards);
        return simulator;
    }

    /**
     * Run by hand: {@code java -cp <devkit classes, parsson, jakarta.json-api>
     * io.kervan.devkit.simulators.IyzicoSimulator 12171}.
     */
    public static void main(String[] args) throws InterruptedException {
        IyzicoSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT);
        System.out.println("iyzico simulator: " + simulator.baseUrl() + " (api key " + API_KEY + ", secret key "
                + SECRET_KEY + "; card " + CARD_SUCCESS + ", ACS password " + ACS_PASSWORD + ")");
        Thread.currentThread().join();
    }

    /** The API root, the value for an integration's base URL ({@code https://sandbox-api.iyzipay.com} live). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Another merchant account (the built-in test merchant stays); its merchantId counts up from the test one's. */
    public void addMerchant(String apiKey, String secretKey) {
        merchants.putIfAbsent(apiKey, new IyzicoMerchant(apiKey, secretKey, MERCHANT_ID + merchants.size()));
    }

    /** The next {@code times} requests to {@code endpoint} meet {@code fault}. */
    public void failNext(Endpoint endpoint, SimulatedFault fault, int times) {
        faults.failNext(endpoint, fault, times);
    }

    /** How long a hung request is held and a slow answer waits (15 s unless told). */
    public void slowAnswers(Duration delay) {
        faults.delay(delay);
    }

    /** Moves the simulator's clock on (answers' systemTime, token expiry, the same-day rule of cancels). */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Where settled payments announce themselves, with the Host header to send (null: the URL's). */
    public void sendWebhooksTo(String url, String host) {
        sendWebhooksTo(url, host, null);
    }

    /** … from {@code source}, a loopback address other than 127.0.0.1, so an IP allow-list can be exercised. */
    public void sendWebhooksTo(String url, String host, InetAddress source) {
        webhooks.sendTo(url, host, source);
    }

    public List<SentWebhook> webhooks() {
        return webhooks.sent();
    }

    /** Delivers a sent event again, unchanged (same {@code iyziReferenceCode}); answers Kervan's status. */
    public int resendWebhook(String referenceCode) {
        return webhooks.resend(referenceCode);
    }

    /** Delivers a new event for the payment signed with a wrong key; answers Kervan's status. */
    public int sendForgedWebhook(String paymentId) {
        synchronized (ledger) {
            return webhooks.forge(payment(paymentId));
        }
    }

    /** Delivers again each event Kervan has not answered with a 2xx, up to 3 attempts each, as iyzico retries. */
    public void retryFailedWebhooks() {
        webhooks.retryFailed();
    }

    /** {@code SUCCESS}, {@code FAILURE}, {@code INIT_THREEDS} or {@code CALLBACK_THREEDS}. */
    public String paymentStatus(String paymentId) {
        synchronized (ledger) {
            return payment(paymentId).status.name();
        }
    }

    /** What the card was charged ({@code paidPrice}: with installments, the option's total). */
    public BigDecimal paidPrice(String paymentId) {
        synchronized (ledger) {
            return payment(paymentId).paidPrice;
        }
    }

    /** How many installments the card was charged in. */
    public int installment(String paymentId) {
        synchronized (ledger) {
            return payment(paymentId).installment;
        }
    }

    /** How many payments Kervan opened with iyzico for a conversation id (Kervan's payment number). */
    public int paymentsFor(String conversationId) {
        synchronized (ledger) {
            return merchants.keySet().stream().mapToInt(key -> ledger.byConversationId(key, conversationId).size())
                    .sum();
        }
    }

    /** What was given back of a payment by refunds and cancels. */
    public BigDecimal refunded(String paymentId) {
        synchronized (ledger) {
            return payment(paymentId).refunded();
        }
    }

    /** How many cards iyzico keeps (any merchant's) whose number ends with {@code lastFour}. */
    public long keptCards(String lastFour) {
        synchronized (ledger) {
            return storedCards.count(lastFour);
        }
    }

    @Override
    public void close() {
        SimulatorHttp.stop(server);
        webhooks.close();
    }

    private IyzicoPayment payment(String paymentId) {
        IyzicoPayment found = merchants.keySet().stream().map(key -> ledger.payment(key, paymentId))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (found == null) {
            throw new IllegalArgumentException("no payment " + paymentId);
        }
        return found;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            String body = SimulatorHttp.body(exchange);
            Map<String, String> query = SimulatorHttp.form(rawQuery == null ? "" : rawQuery);
            if (path.equals(IyzicoCheckoutForms.PAGE_PATH)) {
                SimulatorHttp.send(exchange, forms.page(method, query, SimulatorHttp.form(body)));
                return;
            }
            if (path.startsWith(IyzicoThreeDs.BANK_PATH)) {
                SimulatorHttp.send(exchange, threeDs.bankPage(path.substring(IyzicoThreeDs.BANK_PATH.length()),
                        SimulatorHttp.form(body)));
                return;
            }
            Endpoint endpoint = Endpoint.of(method, path);
            if (endpoint == null) {
                SimulatorHttp.send(exchange, Reply.json(404,
                        "{\"status\":\"failure\",\"errorMessage\":\"Not Found\"}"));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            faults.serve(exchange, endpoint, () -> answer(endpoint, authorization, path, rawQuery, body, query));
        }
    }

    private Reply answer(Endpoint endpoint, String authorization, String path, String rawQuery, String body,
                         Map<String, String> query) {
        boolean get = endpoint == Endpoint.PAYMENT_REPORT;
        JsonObject json = get ? queryObject(query) : SimulatorJson.read(body);
        IyzicoCall anonymous = IyzicoCall.of(null, json, clock.get());
        IyzicoSignatures.Credentials credentials = IyzicoSignatures.parse(authorization);
        IyzicoMerchant merchant = credentials == null ? null : merchants.get(credentials.apiKey());
        if (merchant == null) {
            return anonymous.failure(IyzicoError.API_KEY_NOT_FOUND);
        }
        String signed = get ? "" : body;
        String secret = merchant.secretKey();
        String random = credentials.randomKey();
        boolean valid = HmacSha256.same(IyzicoSignatures.requestSignature(secret, random, path, signed),
                credentials.signature()) || rawQuery != null && HmacSha256.same(IyzicoSignatures.requestSignature(
                secret, random, path + "?" + rawQuery, signed), credentials.signature());
        if (!valid) {
            return anonymous.failure(IyzicoError.INVALID_SIGNATURE);
        }
        if (json == null) {
            return anonymous.failure(IyzicoError.INVALID_REQUEST);
        }
        IyzicoCall call = IyzicoCall.of(merchant, json, clock.get());
        try {
            return switch (endpoint) {
                case CHECKOUT_FORM_INITIALIZE -> forms.initialize(call);
                case CHECKOUT_FORM_RETRIEVE -> forms.retrieve(call);
                case THREEDS_INITIALIZE -> threeDs.initialize(call);
                case THREEDS_AUTH -> threeDs.auth(call, false);
                case THREEDS_AUTH_V2 -> threeDs.auth(call, true);
                case PAYMENT_DETAIL -> afterSales.detail(call);
                case REFUND -> afterSales.refund(call);
                case REFUND_V2 -> afterSales.refundPayment(call);
                case CANCEL -> afterSales.cancel(call);
                case INSTALLMENT -> afterSales.installments(call);
                case PAYMENT_REPORT -> afterSales.report(call);
                case CARD_DELETE -> deleteCard(call);
            };
        } catch (NumberFormatException notANumber) {
            return call.failure(IyzicoError.INVALID_REQUEST);
        }
    }

    /** {@code DELETE /cardstorage/card}: the merchant's own user's card, which then pays no more. */
    private Reply deleteCard(IyzicoCall call) {
        if (call.text("cardUserKey") == null || call.text("cardToken") == null) {
            return call.failure(IyzicoError.required(call.text("cardUserKey") == null ? "cardUserKey" : "cardToken"));
        }
        synchronized (ledger) {
            if (!storedCards.delete(call.merchant().apiKey(), call.text("cardUserKey"), call.text("cardToken"))) {
                return call.failure(IyzicoError.CARD_NOT_FOUND);
            }
        }
        return call.ok(IyzicoWire.base(true, call.locale(), call.now(), call.conversationId())
                .put("cardUserKey", call.text("cardUserKey")).put("cardToken", call.text("cardToken")).json());
    }

    private static JsonObject queryObject(Map<String, String> query) {
        var object = SimulatorJson.fields();
        query.forEach(object::put);
        return object.build();
    }
}
