package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.devkit.HtmlForm;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop owner and the shopper's browser for the Kuveyt Türk tests: a shop with a test-mode Kuveyt integration
 * pointed at the simulator, Kervan's card page, the bank's 3-D Secure page and the callback it posts back.
 */
final class KuveytTurkShopper {

    static final String PASSWORD = "Kuveyt-S3cret-Api-Pass";
    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private KuveytTurkShopper() {
    }

    /** The simulator, knowing the merchant the test shops use (with a password worth looking for in logs). */
    static KuveytTurkSimulator startBank() {
        KuveytTurkSimulator bank = KuveytTurkSimulator.start();
        bank.addMerchant("57001", "9000001", "kervan-api", PASSWORD);
        return bank;
    }

    record Setup(Shop shop, String owner, String integrationId, String orderId, String total) {

        String returnUrl() {
            return "https://" + shop.slug() + ".example/thanks";
        }

        String cancelUrl() {
            return "https://" + shop.slug() + ".example/cart";
        }
    }

    /** A bank-side 3-D Secure result on its way back through the shopper's browser. */
    record Callback(String path, String authenticationResponse) {

        /** The XML inside, as the bank wrote it. */
        String xml() {
            return URLDecoder.decode(authenticationResponse, StandardCharsets.UTF_8);
        }

        Callback withXml(String xml) {
            return new Callback(path, URLEncoder.encode(xml, StandardCharsets.UTF_8));
        }
    }

    static Setup shopWithKuveyt(KuveytTurkSimulator bank, String prefix, String apiUser, String password) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        String integration = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "kuveyt",
                        "name", "Kuveyt Türk", "status", "test_mode", "api_key", apiUser, "api_secret", password,
                        "test_endpoint", bank.gatewayUrl(),
                        "api_endpoint", "https://sanalpos.kuveytturk.com.tr/ServiceGateWay",
                        "config", Map.of("merchant_id", "57001", "customer_id", "9000001",
                                "return_url", "https://" + shop.slug() + ".example/thanks",
                                "cancel_url", "https://" + shop.slug() + ".example/cart")))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        String cart = shop.addToCart(null, shop.addProduct(owner, "KVT", "120.00", 5), 1);
        var order = shop.request().body(Shop.orderBody(cart, "kuveyt-buyer@example.com",
                shop.addShippingMethod(owner, "9.90"))).post("/api/orders/").then().statusCode(201).extract();
        return new Setup(shop, owner, integration, order.path("order.id"), order.path("order.total"));
    }

    static Setup shopWithKuveyt(KuveytTurkSimulator bank, String prefix) {
        return shopWithKuveyt(bank, prefix, "kervan-api", PASSWORD);
    }

    static Response create(Setup s) {
        return s.shop().request().body(Map.of("order_id", s.orderId(), "provider", "kuveyt"))
                .post("/api/payments/create/");
    }

    static RequestSpecification browser(Setup s) {
        return browser(s.shop());
    }

    /** The shopper's browser on the shop's host: any content, no redirect followed. */
    static RequestSpecification browser(Shop shop) {
        return shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false))).accept(ContentType.ANY);
    }

    static Response enterCard(Setup s, String paymentUrl, String card) {
        return enterCard(s.shop(), paymentUrl, card);
    }

    /** The shopper types a card on Kervan's card page; Kervan answers with the bank's page (or a problem). */
    static Response enterCard(Shop shop, String paymentUrl, String card) {
        return enterCard(shop, paymentUrl, card, "1");
    }

    /** The same, in the number of installments chosen on the page ({@code installment_count}). */
    static Response enterCard(Shop shop, String paymentUrl, String card, String installments) {
        return browser(shop).contentType(ContentType.URLENC)
                .formParam("card_holder_name", "Ahmet Yılmaz").formParam("card_number", card)
                .formParam("card_expiry_month", "06").formParam("card_expiry_year", NEXT_YEAR)
                .formParam("card_cvv", "929").formParam("installment_count", installments)
                .post(URI.create(paymentUrl).getPath());
    }

    /** Submits the bank's 3-D Secure page with the ACS password; the bank answers a form that posts itself on. */
    static Callback authenticate(String threeDSecurePage, String acsPassword) throws Exception {
        HtmlForm acs = HtmlForm.of(threeDSecurePage);
        String answer = BROWSER.send(HttpRequest.newBuilder(URI.create(acs.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("password=" + acsPassword)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HtmlForm onward = HtmlForm.of(answer);
        return new Callback(onward.actionPath(), onward.fields().get("AuthenticationResponse"));
    }

    /** Everything up to the bank's callback, which the test then posts itself (or tampers with first). */
    static Callback payUntilCallback(Setup s, Response created, String card, String acsPassword)
            throws Exception {
        Response page = enterCard(s, created.path("payment_url"), card);
        assertThat(page.statusCode()).as(page::asString).isEqualTo(200);
        return authenticate(page.asString(), acsPassword);
    }

    static Response post(Setup s, Callback callback) {
        return browser(s).contentType(ContentType.URLENC)
                .formParam("AuthenticationResponse", callback.authenticationResponse()).post(callback.path());
    }

    static String orderState(String orderId) {
        return Database.single("select status || '/' || payment_status from orders where id = ?::uuid", orderId)
                .toString();
    }

    static String paymentColumn(String column, String paymentNumber) {
        return String.valueOf(Database.single("select " + column + " from payments where payment_number = ?",
                paymentNumber));
    }

    static long confirmations(String orderId) {
        return Database.count("select count(*) from order_status_changes where order_id = ?::uuid "
                + "and to_status = 'CONFIRMED'", orderId);
    }
}
