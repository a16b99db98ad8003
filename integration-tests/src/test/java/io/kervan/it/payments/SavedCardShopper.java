package io.kervan.it.payments;

import io.kervan.it.support.Api.Shop;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shoppers for the saved-card tests: customers registered at a shop, their orders and payments, and their browser on
 * Kervan's card page, which sends the storefront's cookies (the customer token and the browser session) and the form
 * token the page gave.
 */
final class SavedCardShopper {

    static final String PASSWORD = "saved-card-password";
    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=_csrf value=\"([^\"]+)\"");
    private static final Pattern SAVED_CARD = Pattern.compile("name=saved_card value=\"([^\"]+)\"");

    private SavedCardShopper() {
    }

    /** A browser: a guest's ({@code token} null) or a signed-in customer's, with its own session cookie. */
    record Browser(Shop shop, String token, String session) {

        static Browser guest(Shop shop) {
            return new Browser(shop, null, UUID.randomUUID().toString().replace("-", ""));
        }

        static Browser customer(Shop shop, String email) {
            String token = shop.request().body(Map.of("email", email, "password", PASSWORD, "first_name", "Ayşe",
                    "last_name", "Yılmaz")).post("/api/auth/register/").then().statusCode(201).extract()
                    .path("access_token");
            return new Browser(shop, token, UUID.randomUUID().toString().replace("-", ""));
        }

        RequestSpecification request() {
            RequestSpecification request = KuveytTurkShopper.browser(shop).cookie("sid", session);
            return token == null ? request : request.cookie("token", token);
        }

        /** The API as this customer. */
        RequestSpecification api() {
            return shop.request().auth().oauth2(token);
        }
    }

    /** What the card page showed. */
    record CardPage(String html, String formToken) {

        String savedCardId() {
            Matcher m = SAVED_CARD.matcher(html);
            assertThat(m.find()).as("the page offers a saved card").isTrue();
            return m.group(1);
        }
    }

    /** Places an order of one product as the browser's customer (or a guest) and opens a payment; its card page. */
    static String payment(Browser browser, String productId, String shippingId, String provider) {
        String cart = browser.shop().addToCart(null, productId, 1);
        RequestSpecification orders = browser.token() == null ? browser.shop().request() : browser.api();
        String order = orders.body(Shop.orderBody(cart, "saved-card-buyer@example.com", shippingId))
                .post("/api/orders/").then().statusCode(201).extract().path("order.id");
        RequestSpecification payments = browser.token() == null ? browser.shop().request() : browser.api();
        return payments.body(Map.of("order_id", order, "provider", provider)).post("/api/payments/create/")
                .then().statusCode(201).extract().path("payment_url");
    }

    static CardPage open(Browser browser, String paymentUrl) {
        Response page = browser.request().get(URI.create(paymentUrl).getPath());
        assertThat(page.statusCode()).as(page::asString).isEqualTo(200);
        Matcher m = FORM_TOKEN.matcher(page.asString());
        return new CardPage(page.asString(), m.find() ? m.group(1) : null);
    }

    /** Types {@code card} on the card page, asking to save it when {@code keep}; the bank's page (or a problem). */
    static Response typeCard(Browser browser, String paymentUrl, String card, boolean keep) {
        CardPage page = open(browser, paymentUrl);
        RequestSpecification post = browser.request().contentType(ContentType.URLENC)
                .formParam("card_holder_name", "Ayşe Yılmaz").formParam("card_number", card)
                .formParam("card_expiry_month", "06").formParam("card_expiry_year", NEXT_YEAR)
                .formParam("card_cvv", "929").formParam("installment_count", "1");
        if (keep) {
            post.formParam("keep_card", "true").formParam("_csrf", String.valueOf(page.formToken()));
        }
        return post.post(URI.create(paymentUrl).getPath());
    }

    /** Pays with a saved card by its id, with the form token the page gave this browser (none: a blank one). */
    static Response paySaved(Browser browser, String paymentUrl, String cardId, String formToken) {
        return browser.request().contentType(ContentType.URLENC).formParam("saved_card", cardId)
                .formParam("installment_count", "1").formParam("_csrf", formToken == null ? "" : formToken)
                .post(URI.create(paymentUrl).getPath());
    }

    /** The browser posts what the bank's page had it post back to Kervan. */
    static Response back(Browser browser, String path, Map<String, String> fields) {
        RequestSpecification request = browser.request().contentType(ContentType.URLENC);
        fields.forEach(request::formParam);
        return request.post(path);
    }
}
