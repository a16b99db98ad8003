package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kervan.devkit.simulators.KuveytTurkSimulator.ACS_PASSWORD;
import static io.kervan.devkit.simulators.KuveytTurkSimulator.DECLINED_CARD;
import static io.kervan.devkit.simulators.KuveytTurkSimulator.TEST_CARD;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator on its own, spoken to the way the bank's samples speak to the bank. */
class KuveytTurkSimulatorTest {

    private static final String OK_URL = "http://shop.localhost/ok";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final KuveytTurkBank.Account ACCOUNT = new KuveytTurkBank.Account("496", "400235", "apiuser1",
            "Api123");
    private static KuveytTurkSimulator bank;

    @BeforeAll
    static void start() {
        bank = KuveytTurkSimulator.start();
    }

    @AfterAll
    static void stop() {
        bank.close();
    }

    @Test
    void the_simulator_hash_matches_a_value_computed_with_openssl() {
        // printf '%s' "496PAY-DEMO-20261123-0A1B2C3D12990apiuser1$(printf '%s' Api123 | openssl sha1 -binary
        //   | base64)" | openssl sha1 -binary | base64
        assertThat(KuveytTurkBank.hash(ACCOUNT, "PAY-DEMO-20261123-0A1B2C3D", "12990", ""))
                .isEqualTo("I3zQJZGN7RQI7TypuUSS+L4djAs=");
    }

    @Test
    void a_card_authenticated_with_the_acs_password_is_provisioned_once_and_refunded_in_parts() throws Exception {
        String order = "SIM-" + UUID.randomUUID();
        String page = post("/boa.virtualpos.services/Home/ThreeDModelPayGate", enrollment(order, TEST_CARD, null));
        assertThat(page).contains("type=password").contains("518896******2544").doesNotContain(TEST_CARD);

        Map<String, String> callback = authenticate(page, ACS_PASSWORD);
        assertThat(callback.get("action")).isEqualTo(OK_URL);
        String response = callback.get("AuthenticationResponse");
        assertThat(response).contains("<ResponseCode>00</ResponseCode>").contains("<Amount>12990</Amount>");
        String md = between(response, "<MD>", "</MD>");

        assertThat(post("/boa.virtualpos.services/Home/ThreeDModelProvisionGate", provision(order, md)))
                .contains("<ResponseCode>00</ResponseCode>").contains("<ProvisionNumber>");
        assertThat(post("/boa.virtualpos.services/Home/ThreeDModelProvisionGate", provision(order, md)))
                .contains("<ResponseCode>MetaDataNotFound</ResponseCode>");
        assertThat(bank.charges(order)).isEqualTo(1);

        String detail = soap("GetMerchantOrderDetail", order, 0, "");
        assertThat(detail).contains("<LastOrderStatus>1</LastOrderStatus>")
                .contains("<FirstAmount>129.90</FirstAmount>");
        String sale = "<OrderId>" + between(detail, "<OrderId>", "</OrderId>") + "</OrderId><RRN>"
                + between(detail, "<RRN>", "</RRN>") + "</RRN><Stan>" + between(detail, "<Stan>", "</Stan>")
                + "</Stan><ProvisionNumber>" + between(detail, "<ProvNumber>", "</ProvNumber>") + "</ProvisionNumber>";
        assertThat(soap("DrawBack", order, 2990, sale)).contains("InvalidRefundAmount");
        assertThat(soap("PartialDrawback", order, 2990, sale)).contains("<ResponseCode>00</ResponseCode>");
        assertThat(bank.lastOrderStatus(order)).isEqualTo(5);
        assertThat(soap("PartialDrawback", order, 10001, sale)).contains("InvalidRefundAmount");
        assertThat(soap("PartialDrawback", order, 10000, sale)).contains("<ResponseCode>00</ResponseCode>");
        assertThat(bank.lastOrderStatus(order)).isEqualTo(4);
        assertThat(bank.refunded(order)).isEqualTo(12990);
        assertThat(bank.refunds(order)).containsExactly("PartialDrawback", "PartialDrawback");
    }

    @Test
    void a_wrong_acs_password_goes_to_fail_url_and_a_decline_card_is_refused_at_provision() throws Exception {
        Map<String, String> failed = authenticate(post("/boa.virtualpos.services/Home/ThreeDModelPayGate",
                enrollment("SIM-" + UUID.randomUUID(), TEST_CARD, null)), "000000");
        assertThat(failed.get("action")).isEqualTo(OK_URL + "?fail");
        assertThat(failed.get("AuthenticationResponse")).contains("ThreeDSecureFailed").doesNotContain("<MD>");

        String order = "SIM-" + UUID.randomUUID();
        String md = between(authenticate(post("/boa.virtualpos.services/Home/ThreeDModelPayGate",
                enrollment(order, DECLINED_CARD, null)), ACS_PASSWORD).get("AuthenticationResponse"), "<MD>", "</MD>");
        assertThat(post("/boa.virtualpos.services/Home/ThreeDModelProvisionGate", provision(order, md)))
                .contains("<ResponseCode>51</ResponseCode>");
        assertThat(bank.charges(order)).isZero();
    }

    @Test
    void a_wrong_hash_or_api_user_is_refused() throws Exception {
        String badHash = post("/boa.virtualpos.services/Home/ThreeDModelPayGate",
                enrollment("SIM-" + UUID.randomUUID(), TEST_CARD, "Api1232"));
        assertThat(form(badHash).get("AuthenticationResponse")).contains("HashDataError");
        assertThat(soap("GetMerchantOrderDetail", "SIM-x", 0, "")).doesNotContain("ErrorCode");
        String unknown = post(KuveytTurkSimulator.SERVICE_PATH, "GetMerchantOrderDetail",
                envelope("GetMerchantOrderDetail", "SIM-x", 0, "", "nobody", "Api123"));
        assertThat(unknown).contains("<ErrorCode>ApiUserNotDefined</ErrorCode>");
        String wrongPassword = post(KuveytTurkSimulator.SERVICE_PATH, "GetMerchantOrderDetail",
                envelope("GetMerchantOrderDetail", "SIM-x", 0, "", "apiuser1", "wrong"));
        assertThat(wrongPassword).contains("<ErrorCode>HashDataError</ErrorCode>");
    }

    @Test
    void injected_faults_fail_the_chosen_gate_the_chosen_number_of_times() throws Exception {
        bank.failNext(KuveytTurkSimulator.Gate.ORDER_DETAIL, "500", 1);
        HttpResponse<String> failed = HTTP.send(soapRequest("GetMerchantOrderDetail",
                envelope("GetMerchantOrderDetail", "SIM-x", 0, "", "apiuser1", "Api123")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(soap("GetMerchantOrderDetail", "SIM-x", 0, "")).contains("<Success>true</Success>");
    }

    private static String enrollment(String order, String card, String password) {
        String okUrl = OK_URL;
        String failUrl = OK_URL + "?fail";
        KuveytTurkBank.Account signer = password == null ? ACCOUNT
                : new KuveytTurkBank.Account("496", "400235", "apiuser1", password);
        return "<KuveytTurkVPosMessage><APIVersion>TDV2.0.0</APIVersion><OkUrl>" + okUrl + "</OkUrl><FailUrl>"
                + failUrl.replace("&", "&amp;") + "</FailUrl><HashData>"
                + KuveytTurkBank.hash(signer, order, "12990", okUrl + failUrl) + "</HashData><MerchantId>496"
                + "</MerchantId><CustomerId>400235</CustomerId><UserName>apiuser1</UserName><CardNumber>" + card
                + "</CardNumber><CardExpireDateYear>30</CardExpireDateYear><CardExpireDateMonth>06"
                + "</CardExpireDateMonth><CardCVV2>929</CardCVV2><CardHolderName>A B</CardHolderName><CardType>"
                + "MasterCard</CardType><BatchID>0</BatchID><TransactionType>Sale</TransactionType>"
                + "<InstallmentCount>0</InstallmentCount><Amount>12990</Amount><DisplayAmount>12990</DisplayAmount>"
                + "<CurrencyCode>0949</CurrencyCode><MerchantOrderId>" + order + "</MerchantOrderId>"
                + "<TransactionSecurity>3</TransactionSecurity></KuveytTurkVPosMessage>";
    }

    private static String provision(String order, String md) {
        return "<KuveytTurkVPosMessage><APIVersion>TDV2.0.0</APIVersion><HashData>"
                + KuveytTurkBank.hash(ACCOUNT, order, "12990", "") + "</HashData><MerchantId>496</MerchantId>"
                + "<CustomerId>400235</CustomerId><UserName>apiuser1</UserName><TransactionType>Sale"
                + "</TransactionType><InstallmentCount>0</InstallmentCount><CurrencyCode>0949</CurrencyCode>"
                + "<Amount>12990</Amount><MerchantOrderId>" + order + "</MerchantOrderId><TransactionSecurity>3"
                + "</TransactionSecurity><KuveytTurkVPosAdditionalData><AdditionalData><Key>MD</Key><Data>" + md
                + "</Data></AdditionalData></KuveytTurkVPosAdditionalData></KuveytTurkVPosMessage>";
    }

    private static String soap(String operation, String order, long amount, String sale) throws Exception {
        return post(KuveytTurkSimulator.SERVICE_PATH, operation,
                envelope(operation, order, amount, sale, "apiuser1", "Api123"));
    }

    private static String envelope(String operation, String order, long amount, String sale, String user,
                                   String password) {
        KuveytTurkBank.Account signer = new KuveytTurkBank.Account("496", "400235", user, password);
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><"
                + operation + " xmlns=\"http://boa.net/BOA.Integration.VirtualPos/Service\"><request>"
                + "<CustomerId>400235</CustomerId><MerchantId>496</MerchantId><MerchantOrderId>" + order
                + "</MerchantOrderId>" + sale + "<VPosMessage><HashData>"
                + KuveytTurkBank.hash(signer, order, String.valueOf(amount), "") + "</HashData><MerchantId>496"
                + "</MerchantId><CustomerId>400235</CustomerId><UserName>" + user + "</UserName><Amount>" + amount
                + "</Amount><MerchantOrderId>" + order + "</MerchantOrderId><CurrencyCode>0949</CurrencyCode>"
                + "</VPosMessage></request></" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    /** Submits the 3-D Secure page's form with {@code password}; returns the auto-posting form that comes back. */
    private static Map<String, String> authenticate(String page, String password) throws Exception {
        String action = between(page, "action=\"", "\"");
        String answer = HTTP.send(HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return form(answer);
    }

    private static Map<String, String> form(String page) {
        String value = between(page, "name=AuthenticationResponse value=\"", "\"").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return Map.of("action", between(page, "action=\"", "\"").replace("&amp;", "&"),
                "AuthenticationResponse", URLDecoder.decode(value, StandardCharsets.UTF_8));
    }

    private static String post(String path, String xml) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(bank.baseUrl() + path))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(String path, String operation, String xml) throws Exception {
        return HTTP.send(soapRequest(operation, xml), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest soapRequest(String operation, String xml) {
        return HttpRequest.newBuilder(URI.create(bank.baseUrl() + KuveytTurkSimulator.SERVICE_PATH))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://boa.net/BOA.Integration.VirtualPos/Service/IVirtualPosService/"
                        + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build();
    }

    private static String between(String text, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(text);
        assertThat(m.find()).as("%s…%s in %s", start, end, text).isTrue();
        return m.group(1);
    }
}
