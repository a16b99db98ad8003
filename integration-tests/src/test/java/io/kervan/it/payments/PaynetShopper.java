package io.kervan.it.payments;

import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.devkit.HtmlForm;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop owner and the shopper's browser for the PAYNET tests: a shop with a test-mode PAYNET integration pointed
 * at the simulator, Kervan's card page, the bank's 3-D Secure page and the {@code session_id}/{@code token_id} post
 * it sends back to Kervan.
 */
final class PaynetShopper {

    static final String WEBHOOK_SECRET = "whsec_paynet_it_Secret_0042";
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private PaynetShopper() {
    }

    record Setup(Shop shop, String owner, String integrationId, String orderId, String total) {

        String returnUrl() {
            return "https://" + shop.slug() + ".example/thanks";
        }

        String cancelUrl() {
            return "https://" + shop.slug() + ".example/cart";
        }

        String host() {
            return shop.slug() + ".localhost:" + Api.HTTP_PORT;
        }
    }

    /** What the bank's page has the browser post back to Kervan. */
    record Callback(String path, Map<String, String> fields) {

        Callback with(String name, String value) {
            Map<String, String> changed = new HashMap<>(fields);
            changed.put(name, value);
            return new Callback(path, changed);
        }
    }

    static Setup shopWithPaynet(PaynetSimulator paynet, String prefix, List<String> allowedIps) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> config = new HashMap<>(Map.of("return_url", "https://" + shop.slug() + ".example/thanks",
                "cancel_url", "https://" + shop.slug() + ".example/cart"));
        if (allowedIps != null) {
            config.put("webhook_allowed_ips", allowedIps);
        }
        String integration = shop.request().auth().oauth2(owner).body(Map.of("provider_type", "paynet",
                        "name", "PAYNET", "status", "test_mode", "api_secret", PaynetSimulator.SECRET_KEY,
                        "webhook_secret", WEBHOOK_SECRET, "test_endpoint", paynet.baseUrl(),
                        "api_endpoint", "https://api.paynet.com.tr", "config", config))
                .post("/api/integrations/").then().statusCode(201).extract().path("integration.id");
        String cart = shop.addToCart(null, shop.addProduct(owner, "PNT", "120.00", 5), 1);
        var order = shop.request().body(Shop.orderBody(cart, "paynet-buyer@example.com",
                shop.addShippingMethod(owner, "9.90"))).post("/api/orders/").then().statusCode(201).extract();
        return new Setup(shop, owner, integration, order.path("order.id"), order.path("order.total"));
    }

    static Setup shopWithPaynet(PaynetSimulator paynet, String prefix) {
        return shopWithPaynet(paynet, prefix, null);
    }

    static Response create(Setup s) {
        return s.shop().request().body(Map.of("order_id", s.orderId(), "provider", "paynet"))
                .post("/api/payments/create/");
    }

    static RequestSpecification browser(Setup s) {
        return KuveytTurkShopper.browser(s.shop());
    }

    static Response enterCard(Setup s, String paymentUrl, String card) {
        return KuveytTurkShopper.enterCard(s.shop(), paymentUrl, card);
    }

    static Response enterCard(Setup s, String paymentUrl, String card, String installments) {
        return KuveytTurkShopper.enterCard(s.shop(), paymentUrl, card, installments);
    }

    /** Submits the bank's page with its password; the bank answers a form that posts itself back to Kervan. */
    static Callback authenticate(String bankPage, String password) throws Exception {
        HtmlForm bank = HtmlForm.of(bankPage);
        String answer = BROWSER.send(HttpRequest.newBuilder(URI.create(bank.action()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HtmlForm onward = HtmlForm.of(answer);
        return new Callback(onward.actionPath(), onward.fields());
    }

    static Callback payUntilCallback(Setup s, Response created, String card) throws Exception {
        return payUntilCallback(s, created, card, "1");
    }

    /** The card in the installments chosen, through the bank's page, up to the post back to Kervan. */
    static Callback payUntilCallback(Setup s, Response created, String card, String installments) throws Exception {
        Response page = enterCard(s, created.path("payment_url"), card, installments);
        assertThat(page.statusCode()).as(page::asString).isEqualTo(200);
        return authenticate(page.asString(), PaynetSimulator.ACS_PASSWORD);
    }

    static Response post(Setup s, Callback callback) {
        RequestSpecification request = browser(s).contentType(ContentType.URLENC);
        callback.fields().forEach(request::formParam);
        return request.post(callback.path());
    }

    static String xactId(String paymentNumber) {
        Matcher m = Pattern.compile("\"xact_id\":\"([^\"]+)\"").matcher(paymentColumn("provider_references",
                paymentNumber));
        assertThat(m.find()).as("the payment keeps PAYNET's xact_id").isTrue();
        return m.group(1);
    }

    static String refundStatus(String paymentId) {
        return String.valueOf(Database.single("select status from refunds where payment_id = ?::uuid "
                + "order by created_at desc limit 1", paymentId));
    }

    static String paymentColumn(String column, String paymentNumber) {
        return KuveytTurkShopper.paymentColumn(column, paymentNumber);
    }

    static String orderState(String orderId) {
        return KuveytTurkShopper.orderState(orderId);
    }
}
