package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Kuveyt Türk Sanal POS look-alike on a local port, following the classic XML 3-D Secure model as described in
 * docs/providers/kuveyt-turk.md: {@code {gateway}/Home/ThreeDModelPayGate} takes the card and answers a 3-D Secure page
 * with an ACS password field; submitting it sends the browser on to OkUrl or FailUrl with a URL-encoded
 * {@code AuthenticationResponse}; {@code {gateway}/Home/ThreeDModelProvisionGate} takes the money once per MD; the
 * SOAP {@code VirtualPosService.svc/Basic} answers GetMerchantOrderDetail, DrawBack and PartialDrawback. Every call is
 * checked for a known merchant and the right HashData. Faults can be injected per gate: a 500, or an answer slower
 * than clients wait (the request is processed first, as a slow bank would).
 *
 * <p>Test data: merchant {@value #MERCHANT_ID}, customer {@value #CUSTOMER_ID}, API user {@value #USER_NAME} with
 * password {@value #PASSWORD}; card {@value #TEST_CARD} with ACS password {@value #ACS_PASSWORD} succeeds (so does any
 * other valid card number), {@value #DECLINED_CARD} passes 3-D Secure and is declined at provision (code 51).
 * Codes the bank's documents do not name are the simulator's own: {@code ThreeDSecureFailed} for a wrong ACS
 * password, {@code MetaDataNotFound} for an unknown or used MD, {@code InvalidRefundAmount}, {@code OrderNotFound}.
 *
 * <p>Run by hand: {@code java -cp devkit/target/classes io.kervan.devkit.simulators.KuveytTurkSimulator 12121}.
 */
public final class KuveytTurkSimulator implements AutoCloseable {

    public static final String MERCHANT_ID = "496";
    public static final String CUSTOMER_ID = "400235";
    public static final String USER_NAME = "apiuser1";
    public static final String PASSWORD = "Api123";
    public static final String TEST_CARD = "5188961939192544";
    public static final String DECLINED_CARD = "4355084355084358";
    public static final String ACS_PASSWORD = "123456";
    public static final String GATEWAY_PATH = "/boa.virtualpos.services";
    public static final String SERVICE_PATH =
            "/BOA.Integration.WCFService/BOA.Integration.VirtualPos/VirtualPosService.svc/Basic";

    /** Where a fault is injected: a gate, or a SOAP operation (REFUND is DrawBack and PartialDrawback). */
    public enum Gate { PAY_GATE, PROVISION_GATE, ORDER_DETAIL, REFUND }

    private record Fault(String kind, int times) {
    }

    private volatile HttpServer server;
    private final KuveytTurkBank bank = new KuveytTurkBank();
    private final Map<Gate, Fault> faults = new EnumMap<>(Gate.class);

    private KuveytTurkSimulator() {
        bank.addMerchant(new KuveytTurkBank.Account(MERCHANT_ID, CUSTOMER_ID, USER_NAME, PASSWORD));
    }

    /** On a free port. */
    public static KuveytTurkSimulator start() {
        return start(0);
    }

    public static KuveytTurkSimulator start(int port) {
        KuveytTurkSimulator simulator = new KuveytTurkSimulator();
        simulator.server = SimulatorHttp.serve(port, simulator::handle);
        return simulator;
    }

    public static void main(String[] args) throws InterruptedException {
        KuveytTurkSimulator simulator = start(args.length > 0 ? Integer.parseInt(args[0]) : 12121);
        System.out.println("Kuveyt Türk simulator: gateway (test_endpoint) " + simulator.gatewayUrl()
                + ", SOAP service " + simulator.baseUrl() + SERVICE_PATH);
        System.out.println("  merchant_id " + MERCHANT_ID + ", customer_id " + CUSTOMER_ID + ", api_key " + USER_NAME
                + ", api_secret " + PASSWORD + "; card " + TEST_CARD + ", ACS password " + ACS_PASSWORD);
        Thread.currentThread().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The gateway root, the value for an integration's {@code test_endpoint}. */
    public String gatewayUrl() {
        return baseUrl() + GATEWAY_PATH;
    }

    /** Another merchant the bank knows (the built-in test merchant stays). */
    public void addMerchant(String merchantId, String customerId, String userName, String password) {
        bank.addMerchant(new KuveytTurkBank.Account(merchantId, customerId, userName, password));
    }

    /** The next {@code times} requests to {@code gate} fail: {@code "500"} at once, {@code "slow"} after 12 s. */
    public synchronized void failNext(Gate gate, String kind, int times) {
        faults.put(gate, new Fault(kind, times));
    }

    /** How many provisions of this MerchantOrderId the bank approved: the number of times money moved. */
    public int charges(String merchantOrderId) {
        return bank.inspect(merchantOrderId, sales -> (int) sales.stream().filter(KuveytTurkBank.Sale::approved)
                .count());
    }

    /** What the bank has refunded on this MerchantOrderId, in minor units. */
    public long refunded(String merchantOrderId) {
        return bank.inspect(merchantOrderId, sales -> sales.stream().mapToLong(s -> s.refunded).sum());
    }

    /** The refund operations the bank approved on this MerchantOrderId, in order (DrawBack, PartialDrawback). */
    public List<String> refunds(String merchantOrderId) {
        return bank.inspect(merchantOrderId, sales -> sales.stream().flatMap(s -> s.refunds.stream()).toList());
    }

    /** The bank's LastOrderStatus of the approved sale (1 sale, 4 refunded, 5 partly refunded), or 0. */
    public int lastOrderStatus(String merchantOrderId) {
        return bank.inspect(merchantOrderId, sales -> sales.stream().filter(KuveytTurkBank.Sale::approved)
                .mapToInt(s -> s.lastStatus).findFirst().orElse(0));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/acs/") && exchange.getRequestMethod().equals("POST")) {
                String page = bank.acs(path.substring("/acs/".length()), SimulatorHttp.form(body).get("password"));
                send(exchange, page == null ? 404 : 200, "text/html; charset=utf-8", page == null ? "" : page);
                return;
            }
            String soapAction = exchange.getRequestHeaders().getFirst("SOAPAction");
            boolean service = path.equals(SERVICE_PATH);
            Gate gate = path.equals(GATEWAY_PATH + "/Home/ThreeDModelPayGate") ? Gate.PAY_GATE
                    : path.equals(GATEWAY_PATH + "/Home/ThreeDModelProvisionGate") ? Gate.PROVISION_GATE
                    : service && soapAction != null && soapAction.contains("GetMerchantOrderDetail")
                    ? Gate.ORDER_DETAIL : service ? Gate.REFUND : null;
            if (gate == null || !exchange.getRequestMethod().equals("POST")) {
                send(exchange, 404, "text/plain", "Not found");
                return;
            }
            String fault = takeFault(gate);
            if ("500".equals(fault)) {
                send(exchange, 500, "text/html", "<html><body>Service Unavailable</body></html>");
                return;
            }
            String answer = service ? service(soapAction, body) : gate(gate, body);
            if ("slow".equals(fault)) {
                Thread.sleep(12_000);
            }
            boolean soapFault = answer.contains(":Fault>");
            send(exchange, soapFault ? 500 : 200, gate == Gate.PAY_GATE ? "text/html; charset=utf-8"
                    : service ? "text/xml; charset=utf-8" : "application/xml; charset=utf-8", answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String service(String soapAction, String body) {
        Map<String, String> message = SimpleXml.read(body);
        String operation = soapAction == null ? "" : soapAction.replace("\"", "");
        operation = operation.substring(operation.lastIndexOf('/') + 1);
        String prefix = "Body/" + operation + "/request/";
        if (message == null || !List.of("GetMerchantOrderDetail", "DrawBack", "PartialDrawback")
                .contains(operation) || !message.containsKey(prefix + "VPosMessage")) {
            return soapFault("The message with Action '" + soapAction + "' cannot be processed");
        }
        Map<String, String> request = new java.util.HashMap<>();
        message.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                request.put(key.substring(prefix.length()), value);
            }
        });
        return bank.service(operation, request);
    }

    private String gate(Gate gate, String body) {
        Map<String, String> message = SimpleXml.read(body);
        if (message == null || !"KuveytTurkVPosMessage".equals(message.get(""))) {
            return "<?xml version=\"1.0\"?><VPosTransactionResponseContract><ResponseCode>MessageNotRead"
                    + "</ResponseCode><ResponseMessage>İstek okunamadı.</ResponseMessage>"
                    + "</VPosTransactionResponseContract>";
        }
        return gate == Gate.PAY_GATE ? bank.payGate(message, baseUrl() + "/acs/") : bank.provisionGate(message);
    }

    private synchronized String takeFault(Gate gate) {
        Fault fault = faults.get(gate);
        if (fault == null) {
            return null;
        }
        if (fault.times() > 1) {
            faults.put(gate, new Fault(fault.kind(), fault.times() - 1));
        } else {
            faults.remove(gate);
        }
        return fault.kind();
    }

    private static String soapFault(String message) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode>s:Client</faultcode>" + SimpleXml.element("faultstring", message)
                + "</s:Fault></s:Body></s:Envelope>";
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
