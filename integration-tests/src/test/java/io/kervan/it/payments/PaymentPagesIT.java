package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.payments.KuveytTurkShopper.Callback;
import io.kervan.it.payments.KuveytTurkShopper.Setup;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static io.kervan.it.payments.KuveytTurkShopper.create;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.payUntilCallback;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static io.kervan.it.payments.KuveytTurkShopper.shopWithKuveyt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The pages a shopper sees while paying (the sandbox gateway's hosted page, Kervan's card page, the return address)
 * answer only on the host of the payment's shop, and speak the shop's language unless the shopper asks for another.
 */
@KervanTest
class PaymentPagesIT {

    private static KuveytTurkSimulator bank;

    @BeforeAll
    static void startBank() {
        bank = KuveytTurkShopper.startBank();
    }

    @AfterAll
    static void stopBank() {
        bank.close();
    }

    private record SandboxPayment(Shop shop, String orderId, String transactionId, String path) {
    }

    private static SandboxPayment sandboxPayment(String prefix) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        shop.request().auth().oauth2(owner).body(Map.of("provider_type", "sandbox", "name", "Sandbox",
                "status", "test_mode", "config", Map.of("return_url", "https://" + shop.slug() + ".example/thanks")))
                .post("/api/integrations/").then().statusCode(201);
        String cart = shop.addToCart(null, shop.addProduct(owner, "PAGE", "120.00", 5), 1);
        String orderId = shop.request().body(Shop.orderBody(cart, "pages@example.com",
                shop.addShippingMethod(owner, "9.90"))).post("/api/orders/").then().statusCode(201).extract()
                .path("order.id");
        Response created = shop.request().body(Map.of("order_id", orderId, "provider", "sandbox"))
                .post("/api/payments/create/").then().statusCode(201).extract().response();
        return new SandboxPayment(shop, orderId, created.path("transaction_id"),
                URI.create(created.<String>path("payment_url")).getPath());
    }

    /** The shopper's browser on a shop's host: no redirects followed, any answer accepted. */
    private static RequestSpecification browserOn(Shop shop) {
        return shop.request().config(RestAssured.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false))).accept(ContentType.ANY);
    }

    private static String sandboxStatus(String transactionId) {
        return Database.single("select status from sandbox_transactions where id = ?", transactionId).toString();
    }

    @Test
    void another_shops_sandbox_transaction_is_not_found_here_and_cannot_be_paid() {
        SandboxPayment b = sandboxPayment("pages-sbx-b");
        Shop a = Api.openShop("pages-sbx-a");

        browserOn(a).get(b.path()).then().statusCode(404).body("code", equalTo("payment_not_found"))
                .body(not(containsString("129.9")));
        for (String action : new String[] {"succeed", "challenge", "decline"}) {
            browserOn(a).contentType(ContentType.URLENC).formParam("action", action).post(b.path()).then()
                    .statusCode(404).body("code", equalTo("payment_not_found"));
        }
        browserOn(a).contentType(ContentType.URLENC).formParam("code", "123456").post(b.path() + "challenge")
                .then().statusCode(404);
        assertThat(sandboxStatus(b.transactionId())).isEqualTo("OPEN");
        assertThat(orderState(b.orderId())).isEqualTo("PENDING/PENDING");

        browserOn(b.shop()).get(b.path()).then().statusCode(200).body(containsString("129.9 TRY"));
        Response paid = browserOn(b.shop()).contentType(ContentType.URLENC).formParam("action", "succeed")
                .post(b.path());
        assertThat(paid.statusCode()).isEqualTo(303);
        browserOn(b.shop()).get(URI.create(paid.header("Location")).getPath()).then().statusCode(303);
        assertThat(sandboxStatus(b.transactionId())).isEqualTo("SUCCEEDED");
        assertThat(orderState(b.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void another_shops_card_page_and_return_address_are_not_found_here_and_move_no_money() throws Exception {
        Setup b = shopWithKuveyt(bank, "pages-kvt-b");
        Shop a = Api.openShop("pages-kvt-a");
        Response created = create(b);
        String number = created.path("payment.payment_number");
        String cardPage = URI.create(created.<String>path("payment_url")).getPath();
        String returnAddress = "/api/payments/return/kuveyt/" + number + "/";

        browserOn(a).get(cardPage).then().statusCode(404).body("code", equalTo("payment_not_found"));
        browserOn(a).contentType(ContentType.URLENC).formParam("card_holder_name", "Ahmet Yılmaz")
                .formParam("card_number", KuveytTurkSimulator.TEST_CARD).formParam("card_expiry_month", "06")
                .formParam("card_expiry_year", "2099").formParam("card_cvv", "929").post(cardPage)
                .then().statusCode(404).body("code", equalTo("payment_not_found"));
        browserOn(a).get(returnAddress).then().statusCode(404).body("code", equalTo("payment_not_found"));

        Callback callback = payUntilCallback(b, created, KuveytTurkSimulator.TEST_CARD,
                KuveytTurkSimulator.ACS_PASSWORD);
        assertThat(callback.path()).isEqualTo(returnAddress);
        browserOn(a).contentType(ContentType.URLENC)
                .formParam("AuthenticationResponse", callback.authenticationResponse()).post(returnAddress)
                .then().statusCode(404).body("code", equalTo("payment_not_found"));
        assertThat(bank.charges(number)).isZero();
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(orderState(b.orderId())).isEqualTo("PENDING/PENDING");

        Response back = browserOn(b.shop()).contentType(ContentType.URLENC)
                .formParam("AuthenticationResponse", callback.authenticationResponse()).post(returnAddress);
        assertThat(back.statusCode()).as(back::asString).isEqualTo(303);
        assertThat(back.header("Location")).startsWith(b.returnUrl()).contains("status=completed");
        assertThat(bank.charges(number)).isEqualTo(1);
        assertThat(orderState(b.orderId())).isEqualTo("CONFIRMED/PAID");
    }

    @Test
    void a_turkish_shops_payment_pages_are_in_turkish_unless_the_shopper_asks_for_english() {
        SandboxPayment sandbox = sandboxPayment("pages-tr");
        browserOn(sandbox.shop()).get(sandbox.path()).then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .body(allOf(containsString("<html lang=tr>"), containsString("Test ödemesi"),
                        containsString("Öde (başarılı)"), containsString("Reddet"), not(containsString("Decline"))));
        browserOn(sandbox.shop()).header("Accept-Language", "en").get(sandbox.path()).then().statusCode(200)
                .body(allOf(containsString("<html lang=en>"), containsString("Sandbox payment"),
                        containsString("Pay (succeeds)"), not(containsString("Reddet"))));
        browserOn(sandbox.shop()).contentType(ContentType.URLENC).formParam("action", "challenge")
                .post(sandbox.path()).then().statusCode(200)
                .body(allOf(containsString("Telefonunuza gönderilen kodu girin (sandbox'ta kod 123456)"),
                        containsString("Onayla")));

        Setup kuveyt = shopWithKuveyt(bank, "pages-tr-kvt");
        String cardPage = URI.create(create(kuveyt).<String>path("payment_url")).getPath();
        browserOn(kuveyt.shop()).get(cardPage).then().statusCode(200)
                .body(allOf(containsString("<html lang=tr>"), containsString("Kartla ödeme"),
                        containsString("Kart numarası"), containsString("Güvenlik kodu"),
                        containsString("129.90 TRY öde"), containsString("name=card_number"),
                        not(containsString("Card number"))));
        browserOn(kuveyt.shop()).header("Accept-Language", "en-GB,en;q=0.9").get(cardPage).then().statusCode(200)
                .body(allOf(containsString("Card payment"), containsString("Card number"),
                        containsString("Pay 129.90 TRY"), not(containsString("Kart numarası"))));
        browserOn(kuveyt.shop()).header("Accept-Language", "ru").get(cardPage).then().statusCode(200)
                .body(allOf(containsString("<html lang=ru>"), containsString("Оплата картой")));
    }
}
