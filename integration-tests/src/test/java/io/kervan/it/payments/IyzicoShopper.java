package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.devkit.HtmlForm;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop owner and the shopper's browser for the iyzico tests: a shop with a test-mode iyzico integration pointed at
 * the simulator in one of the two flows, iyzico's hosted form, Kervan's card page, the bank's 3-D Secure page and the
 * result each posts back to Kervan.
 */
final class IyzicoShopper {

    static final String API_KEY = "sandbox-kervanShopApiKey000000000000001";
    static final String SECRET_KEY = "sandbox-Kervan-Sh0p-Secret-Key-0000001";
    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private IyzicoShopper() {
    }

    static IyzicoSimulator startIyzico() {
        IyzicoSimulator iyzico = IyzicoSimulator.start();
        iyzico.addMerchant(API_KEY, SECRET_KEY);
        return iyzico;
    }

    record Setup(Shop shop, String owner, String integrationId, String orderId, String total) {

        String returnUrl() {
            return "https://" + shop.slug() + ".example/thanks";
        }

        String cancelUrl() {
            return "https://" + shop.slug() + ".example/cart";
        }
    }

    /** What iyzico had the shopper's browser post back to Kervan. */
    record Callback(String path, Map<String, String> fields) {

        Callback with(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(name, value);
            return new Callback(path, changed);
        }
    }

    static Setup shop(IyzicoSimulator iyzico, String prefix, String flow, String secretKey) {
        return shop(iyzico, Api.openShop(prefix), secretKey, Map.of("payment_flow", flow));
    }

    /** A shop whose integration sends shoppers back to Kervan's own order page (no return_url, no cancel_url). */
    static Setup shopWithOrderPages(IyzicoSimulator iyzico, String prefix, String flow) {
        return shop(iyzico, Api.openShop(prefix), SECRET_KEY, Map.of("payment_flow", flow, "return_url", "",
                "cancel_url", ""));
    }

    private static Setup shop(IyzicoSimulator iyzico, Shop shop, String secretKey, Map<String, String> settings) {
        String owner = shop.ownerToken();
        Map<String, String> config = new LinkedHashMap<>(Map.of(
                "return_url", "https://" + shop.slug() + ".example/thanks",
                "cancel_url", "https://" + shop.slug() + ".example/cart"));
        config.putAll(settings);
        config.values().removeIf(String::isEmpty);
        String integration = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "iyzico",
                        "name", "iyzico", "status", "test_mode", "api_key", API_KEY, "api_secret", secretKey,
                        "test_endpoint", iyzico.baseUrl(), "api_endpoint", "https://api.iyzipay.com",
                        "config", config))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        String cart = shop.addToCart(null, shop.addProduct(owner, "IYZ", "120.00", 5), 1);
        var order = shop.request().body(Shop.orderBody(cart, "iyzico-buyer@example.com",
                shop.addShippingMethod(owner, "9.90"))).post("/api/orders/").then().statusCode(201).extract();
        return new Setup(shop, owner, integration, order.path("order.id"), order.path("order.total"));
    }

    static Setup shop(IyzicoSimulator iyzico, String prefix, String flow) {
        return shop(iyzico, prefix, flow, SECRET_KEY);
    }

    static Response create(Setup s) {
        return s.shop().request().body(Map.of("order_id", s.orderId(), "provider", "iyzico"))
                .post("/api/payments/create/");
    }

    /** The shopper pays on iyzico's hosted page; iyzico answers the page that posts the token back to Kervan. */
    static Callback payOnHostedPage(String paymentPageUrl, String card, String installment) throws Exception {
        String page = BROWSER.send(HttpRequest.newBuilder(URI.create(paymentPageUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HtmlForm form = HtmlForm.of(page);
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(Map.of("cardHolderName", "Ayşe Yılmaz", "cardNumber", card, "expireMonth", "12",
                "expireYear", NEXT_YEAR, "cvc", "123", "installment", installment));
        return onward(submit(form.action(), fields));
    }

    /** The shopper types a card on Kervan's card page; Kervan answers with the bank's page (or a problem). */
    static Response enterCard(Setup s, String paymentUrl, String card) {
        return enterCard(s, paymentUrl, card, "1");
    }

    /** The card with the installment count chosen on the page ({@code installment_count}). */
    static Response enterCard(Setup s, String paymentUrl, String card, String installments) {
        return browser(s).contentType(ContentType.URLENC)
                .formParam("card_holder_name", "Ayşe Yılmaz").formParam("card_number", card)
                .formParam("card_expiry_month", "12").formParam("card_expiry_year", NEXT_YEAR)
                .formParam("card_cvv", "123").formParam("installment_count", installments)
                .formParam("action", "pay").post(URI.create(paymentUrl).getPath());
    }

    /** Through the bank's 3-D Secure pages with the ACS password, up to the result the bank posts to Kervan. */
    static Callback authenticate(String bankPage, String acsPassword) throws Exception {
        HtmlForm processing = HtmlForm.of(bankPage);
        HtmlForm password = HtmlForm.of(submit(processing.action(), processing.fields()));
        return onward(submit(password.action(), Map.of("password", acsPassword)));
    }

    static Callback payUntilCallback(Setup s, Response created, String card, String acsPassword) throws Exception {
        Response page = enterCard(s, created.path("payment_url"), card);
        assertThat(page.statusCode()).as(page::asString).isEqualTo(200);
        return authenticate(page.asString(), acsPassword);
    }

    static Response post(Setup s, Callback callback) {
        var request = browser(s).contentType(ContentType.URLENC);
        callback.fields().forEach(request::formParam);
        return request.post(callback.path());
    }

    /** Staff refund {@code amount} of a payment (all that is left when null). */
    static Response refund(Setup s, String paymentId, String amount) {
        return s.shop().request().auth().oauth2(s.owner()).body(amount == null ? Map.of() : Map.of("amount", amount))
                .post("/api/payments/" + paymentId + "/refund/");
    }

    static RequestSpecification browser(Setup s) {
        return s.shop().request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false))).accept(ContentType.ANY);
    }

    private static Callback onward(String html) {
        HtmlForm result = HtmlForm.of(html);
        return new Callback(result.actionPath(), result.fields());
    }

    private static String submit(String action, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return BROWSER.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
