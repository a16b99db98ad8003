package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A PAYNET look-alike on a local port (test host {@code https://pts-api.paynet.com.tr}), speaking what the README
 * (PAYNET section) says: JSON POSTs authenticated with {@code Authorization: Basic <secret key>}, the key itself and
 * not Base64 of user:password; answers {@code {object_name, code, message, …}}, code 0 for success; 3-D Secure in two
 * steps with a bank page that posts {@code session_id} and {@code token_id} back; transaction check; refund requests
 * that wait for review and post their outcome to {@code succeedUrl}; the rate table; kept cards; the shop webhook of
 * seed 004, HMAC-signed; faults per endpoint (hang, slow answer, 5xx, lost answer). Test key {@value #SECRET_KEY},
 * bank page password {@value #ACS_PASSWORD}.
 */
public final class PaynetSimulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 12181;
    public static final String SECRET_KEY = "sck_pcs_kervanSimulatorSecretKey0001";
    public static final String ACS_PASSWORD = PaynetPayments.ACS_PASSWORD;
    /** Akbank Axess credit card: 1, 2, 3, 6 and 9 installments. */
    public static final String CARD_SUCCESS = "5526080000000006";
    public static final String CARD_DEBIT = "5890040000000016";
    public static final String CARD_INSUFFICIENT_FUNDS = "4111111111111129";
    public static final String CARD_3DS_FAILS = "4131111111111117";

    /** The API endpoints, each of which can be given faults. */
    public enum Endpoint {
        TDS_INITIAL("/v2/transaction/tds_initial", "transaction_tds_initial"),
        TDS_CHARGE("/v2/transaction/tds_charge", "transaction_tds_charge"),
        CHECK("/v1/transaction/check", "transaction_check"),
        REVERSED_REQUEST("/v1/transaction/reversed_request", "transaction_reversed_request"),
        REVERSAL_LIST("/v1/transaction/reversal_list", "transaction_reversal_list"),
        RATIO("/v1/ratio/Get", "ratio_get"),
        CARD_LIST("/v1/card/list", "card_list"),
        CARD_DELETE("/v1/card/delete", "card_delete");

        public final String path;
        final String objectName;

        Endpoint(String path, String objectName) {
            this.path = path;
            this.objectName = objectName;
        }
    }

    private volatile HttpServer server;
    private final SimulatorClock clock = new SimulatorClock();
    private final Set<String> secretKeys = ConcurrentHashMap.newKeySet();
    private final InjectedFaults<Endpoint> faults = new InjectedFaults<>(Endpoint.class);
    private final PaynetNotifications notifications = new PaynetNotifications();
    private final PaynetLedger ledger = new PaynetLedger(clock);
    private volatile PaynetPayments payments;
    private volatile PaynetServices services;

    private PaynetSimulator() {
        secretKeys.add(SECRET_KEY);
    }

    /** On a free port. */
    public static PaynetSimulator start() {
        return start(0);
    }

    public static PaynetSimulator start(int port) {
        PaynetSimulator simulator = new PaynetSimulator();
        simulator.server = SimulatorHttp.serve(port, simulator::handle, 16);
        simulator.payments = new PaynetPayments(simulator.ledger, simulator.baseUrl(),
                simulator.notifications::charged);
        simulator.services = new PaynetServices(simulator.ledger, simulator.baseUrl());
        return simulator;
    }

    /**
     * Run by hand: {@code java -cp <devkit classes, parsson, jakarta.json-api>
     * io.kervan.devkit.simulators.PaynetSimulator 12181}.
     */
    public static void main(String[] args) throws InterruptedException {
        PaynetSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT);
        System.out.println("PAYNET simulator: " + simulator.baseUrl() + " (Authorization: Basic " + SECRET_KEY
                + "; card " + CARD_SUCCESS + ", bank password " + ACS_PASSWORD + ")");
        Thread.currentThread().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Another merchant's secret key (the test key stays). */
    public void addMerchant(String secretKey) {
        secretKeys.add(secretKey);
    }

    public void failNext(Endpoint endpoint, SimulatedFault fault, int times) {
        faults.failNext(endpoint, fault, times);
    }

    /** How long a hung request is held and a slow answer waits (15 s unless told). */
    public void slowAnswers(Duration delay) {
        faults.delay(delay);
    }

    /** Moves the simulator's clock on: the same-day rule of refunds, dates of answers. */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Where the shop webhook goes, with the Host header to send (null: the URL's) and the secret that signs it. */
    public void sendWebhooksTo(String url, String host, String webhookSecret) {
        notifications.sendTo(url, host, url == null ? null : Objects.requireNonNull(webhookSecret));
    }

    /** The local address webhooks and succeedUrl posts leave from (127.0.0.2, say; null: any). */
    public void sendFrom(InetAddress source) {
        notifications.sendFrom(source);
    }

    public List<SentWebhook> webhooks() {
        return notifications.sent();
    }

    public int resendWebhook(String eventId) {
        return notifications.resend(eventId);
    }

    public int sendForgedWebhook(String xactId) {
        synchronized (ledger) {
            return notifications.forge(transaction(xactId));
        }
    }

    /**
     * PAYNET's operations approve the oldest waiting refund request of a transaction: the money goes back and the
     * outcome is posted to its succeedUrl. Answers the shop's HTTP status (-1: no succeedUrl, 0: not reached).
     */
    public int approveRefund(String xactId) {
        return decide(xactId, true, "İade talebi onaylandı");
    }

    /** … or refuse it, with the note PAYNET gives. */
    public int rejectRefund(String xactId, String note) {
        return decide(xactId, false, note);
    }

    /** What was given back of a transaction (approved refunds only). */
    public BigDecimal refunded(String xactId) {
        synchronized (ledger) {
            return transaction(xactId).refunded();
        }
    }

    /** How many successful charges a reference number has: 1 after any number of tds_charge retries. */
    public long charges(String referenceNo) {
        synchronized (ledger) {
            return secretKeys.stream().flatMap(key -> ledger.byReference(key, referenceNo).stream())
                    .filter(t -> t.succeeded).count();
        }
    }

    /** How many cards the simulator keeps (any merchant's) whose number ends with {@code lastFour}. */
    public long keptCards(String lastFour) {
        synchronized (ledger) {
            return ledger.keptCards().stream().filter(c -> c.pan().endsWith(lastFour)).count();
        }
    }

    @Override
    public void close() {
        SimulatorHttp.stop(server);
        notifications.close();
    }

    private int decide(String xactId, boolean approve, String note) {
        PaynetTransaction t;
        PaynetTransaction.Reversal r;
        synchronized (ledger) {
            t = transaction(xactId);
            r = t.decide(approve, note);
        }
        return notifications.refundDecided(t, r);
    }

    private PaynetTransaction transaction(String xactId) {
        PaynetTransaction t = ledger.transaction(xactId);
        if (t == null) {
            throw new IllegalArgumentException("no transaction " + xactId);
        }
        return t;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String body = SimulatorHttp.body(exchange);
            if (path.startsWith(PaynetPayments.BANK_PATH)) {
                SimulatorHttp.send(exchange, payments.bankPage(path.substring(PaynetPayments.BANK_PATH.length()),
                        SimulatorHttp.form(body)));
                return;
            }
            Endpoint endpoint = List.of(Endpoint.values()).stream().filter(e -> e.path.equals(path)).findFirst()
                    .orElse(null);
            if (endpoint == null || !exchange.getRequestMethod().equals("POST")) {
                SimulatorHttp.send(exchange, Reply.json(404, SimulatorJson.fields().put("code", 9)
                        .put("message", "notimplemented").json()));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            faults.serve(exchange, endpoint, () -> answer(endpoint, authorization, body));
        }
    }

    private Reply answer(Endpoint endpoint, String authorization, String body) {
        String key = authorization != null && authorization.startsWith("Basic ")
                ? authorization.substring(6).trim() : null;
        if (key == null || !secretKeys.contains(key)) {
            return PaynetCall.error(endpoint.objectName, 7, "unauthorized");
        }
        JsonObject json = SimulatorJson.read(body);
        if (json == null) {
            return PaynetCall.error(endpoint.objectName, 11, "badrequest: JSON bekleniyor");
        }
        PaynetCall call = new PaynetCall(key, json, clock.get(), endpoint.objectName);
        return switch (endpoint) {
            case TDS_INITIAL -> payments.initial(call);
            case TDS_CHARGE -> payments.charge(call);
            case CHECK -> payments.check(call);
            case REVERSED_REQUEST -> services.reversedRequest(call);
            case REVERSAL_LIST -> services.reversalList(call);
            case RATIO -> services.ratios(call);
            case CARD_LIST -> services.cards(call);
            case CARD_DELETE -> services.deleteCard(call);
        };
    }
}
