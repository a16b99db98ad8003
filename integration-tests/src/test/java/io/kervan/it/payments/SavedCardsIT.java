package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.devkit.simulators.SimulatedFault;
import io.kervan.it.payments.SavedCardShopper.Browser;
import io.kervan.it.payments.SavedCardShopper.CardPage;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Database;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kervan.it.payments.SavedCardShopper.back;
import static io.kervan.it.payments.SavedCardShopper.open;
import static io.kervan.it.payments.SavedCardShopper.paySaved;
import static io.kervan.it.payments.SavedCardShopper.payment;
import static io.kervan.it.payments.SavedCardShopper.typeCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Saved cards over real HTTP with the PAYNET and iyzico (direct 3-D Secure) simulators: a signed-in customer asks the
 * provider to keep the card on Kervan's card page, the next order offers it and pays with it through the bank's 3-D
 * Secure page, and deleting it deletes it at the provider. A guest, another customer and another shop's customer can
 * neither see nor use it; a provider that fails on delete leaves it saved; the card number is kept nowhere.
 */
@KervanTest
class SavedCardsIT {

    private static final String IYZICO_KEY = "sandbox-kervanSavedCardsApiKey0000001";
    private static final String IYZICO_SECRET = "sandbox-Kervan-SavedCards-Secret-0001";
    private static PaynetSimulator paynet;
    private static IyzicoSimulator iyzico;

    @BeforeAll
    static void startSimulators() {
        paynet = PaynetSimulator.start();
        iyzico = IyzicoSimulator.start();
        iyzico.addMerchant(IYZICO_KEY, IYZICO_SECRET);
    }

    @AfterAll
    static void stopSimulators() {
        paynet.close();
        iyzico.close();
    }

    /** A shop selling one product through PAYNET or iyzico's direct 3-D Secure. */
    record Selling(Shop shop, String product, String shipping) {
    }

    private static Selling shop(String prefix, String provider) {
        Shop shop = Api.openShop(prefix);
        String owner = shop.ownerToken();
        Map<String, Object> integration = provider.equals("paynet")
                ? Map.of("provider_type", "paynet", "name", "PAYNET", "status", "test_mode",
                "api_secret", PaynetSimulator.SECRET_KEY, "test_endpoint", paynet.baseUrl(),
                "api_endpoint", "https://api.paynet.com.tr")
                : Map.of("provider_type", "iyzico", "name", "iyzico", "status", "test_mode",
                "api_key", IYZICO_KEY, "api_secret", IYZICO_SECRET, "test_endpoint", iyzico.baseUrl(),
                "api_endpoint", "https://api.iyzipay.com", "config", Map.of("payment_flow", "direct_3ds"));
        shop.request().auth().oauth2(owner).body(integration).post("/api/integrations/").then().statusCode(201);
        return new Selling(shop, shop.addProduct(owner, "CARD", "120.00", 50), shop.addShippingMethod(owner, "9.90"));
    }

    @Test
    void a_paynet_card_saved_at_checkout_pays_the_next_order_through_3d_secure_and_is_deleted_at_paynet()
            throws Exception {
        Selling s = shop("saved-paynet", "paynet");
        Browser ayse = Browser.customer(s.shop(), "ayse@saved-paynet.test");
        long keptBefore = paynet.keptCards("0006");

        String firstCard = paynetPaysAndSaves(s, ayse);
        ayse.api().get("/api/auth/me/cards/").then().statusCode(200).body("cards", hasSize(1))
                .body("cards[0].id", equalTo(firstCard)).body("cards[0].brand", equalTo("MASTERCARD"))
                .body("cards[0].last_four", equalTo("0006")).body("cards[0].provider", equalTo("paynet"))
                .body(org.hamcrest.Matchers.not(containsString("card_hash")));
        assertThat(paynet.keptCards("0006")).isEqualTo(keptBefore + 1);

        String secondUrl = payment(ayse, s.product(), s.shipping(), "paynet");
        CardPage page = open(ayse, secondUrl);
        assertThat(page.html()).contains("Mastercard •••• 0006", "3-D Secure").doesNotContain(
                PaynetSimulator.CARD_SUCCESS);
        assertThat(page.savedCardId()).isEqualTo(firstCard);
        Response bank = paySaved(ayse, secondUrl, firstCard, page.formToken());
        assertThat(bank.statusCode()).as(bank::asString).isEqualTo(200);
        PaynetShopper.Callback callback = PaynetShopper.authenticate(bank.asString(), PaynetSimulator.ACS_PASSWORD);
        assertThat(back(ayse, callback.path(), callback.fields()).statusCode()).isEqualTo(303);
        assertThat(paymentStatus(secondUrl)).isEqualTo("COMPLETED");
        assertThat(paynet.charges(number(secondUrl))).isEqualTo(1);
        assertThat(Database.count("select count(*) from saved_cards")).isPositive();

        ayse.api().delete("/api/auth/me/cards/" + firstCard + "/").then().statusCode(204);
        ayse.api().get("/api/auth/me/cards/").then().statusCode(200).body("cards", hasSize(0));
        assertThat(paynet.keptCards("0006")).as("deleted at PAYNET too").isEqualTo(keptBefore);
        assertThat(cardNumberKeptAnywhere(PaynetSimulator.CARD_SUCCESS)).isFalse();
    }

    @Test
    void an_iyzico_card_saved_at_checkout_pays_the_next_order_through_3d_secure_and_is_deleted_at_iyzico()
            throws Exception {
        Selling s = shop("saved-iyzico", "iyzico");
        Browser mehmet = Browser.customer(s.shop(), "mehmet@saved-iyzico.test");
        long keptBefore = iyzico.keptCards("0008");

        String firstUrl = payment(mehmet, s.product(), s.shipping(), "iyzico");
        Response bank = typeCard(mehmet, firstUrl, IyzicoSimulator.CARD_SUCCESS, true);
        assertThat(bank.statusCode()).as(bank::asString).isEqualTo(200);
        IyzicoShopper.Callback callback = IyzicoShopper.authenticate(bank.asString(), IyzicoSimulator.ACS_PASSWORD);
        assertThat(back(mehmet, callback.path(), callback.fields()).statusCode()).isEqualTo(303);
        assertThat(paymentStatus(firstUrl)).isEqualTo("COMPLETED");
        String card = mehmet.api().get("/api/auth/me/cards/").then().statusCode(200).body("cards", hasSize(1))
                .body("cards[0].brand", equalTo("MASTERCARD")).body("cards[0].last_four", equalTo("0008"))
                .extract().path("cards[0].id");
        assertThat(iyzico.keptCards("0008")).isEqualTo(keptBefore + 1);

        String secondUrl = payment(mehmet, s.product(), s.shipping(), "iyzico");
        CardPage page = open(mehmet, secondUrl);
        assertThat(page.html()).contains("Mastercard •••• 0008").contains("name=installment_count value=3");
        Response secondBank = paySaved(mehmet, secondUrl, card, page.formToken());
        assertThat(secondBank.statusCode()).as(secondBank::asString).isEqualTo(200);
        IyzicoShopper.Callback second = IyzicoShopper.authenticate(secondBank.asString(),
                IyzicoSimulator.ACS_PASSWORD);
        assertThat(back(mehmet, second.path(), second.fields()).statusCode()).isEqualTo(303);
        assertThat(paymentStatus(secondUrl)).isEqualTo("COMPLETED");
        assertThat(iyzico.paymentsFor(number(secondUrl))).isEqualTo(1);

        mehmet.api().delete("/api/auth/me/cards/" + card + "/").then().statusCode(204);
        assertThat(iyzico.keptCards("0008")).as("deleted at iyzico too").isEqualTo(keptBefore);
        String thirdUrl = payment(mehmet, s.product(), s.shipping(), "iyzico");
        assertThat(open(mehmet, thirdUrl).html()).doesNotContain("saved_card");
        assertThat(cardNumberKeptAnywhere(IyzicoSimulator.CARD_SUCCESS)).isFalse();
    }

    @Test
    void a_guest_another_customer_and_another_shops_customer_can_neither_see_nor_use_a_saved_card()
            throws Exception {
        Selling s = shop("saved-others", "paynet");
        Browser ayse = Browser.customer(s.shop(), "ayse@saved-others.test");
        String card = paynetPaysAndSaves(s, ayse);

        Browser guest = Browser.guest(s.shop());
        String guestUrl = payment(guest, s.product(), s.shipping(), "paynet");
        CardPage guestPage = open(guest, guestUrl);
        assertThat(guestPage.html()).doesNotContain("saved_card", "keep_card", "0006");
        Response guestTry = paySaved(guest, guestUrl, card, guestPage.formToken());
        assertThat(guestTry.statusCode()).as(guestTry::asString).isBetween(400, 499);

        Browser ali = Browser.customer(s.shop(), "ali@saved-others.test");
        String aliUrl = payment(ali, s.product(), s.shipping(), "paynet");
        CardPage aliPage = open(ali, aliUrl);
        assertThat(aliPage.html()).doesNotContain("saved_card", "0006").contains("keep_card");
        Response aliTry = paySaved(ali, aliUrl, card, aliPage.formToken());
        aliTry.then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("saved_card_not_found"));
        // Ali on Ayşe's own order (he has its payment link): her card is still only hers to use.
        String ayseUrl = payment(ayse, s.product(), s.shipping(), "paynet");
        paySaved(ali, ayseUrl, card, aliPage.formToken()).then().statusCode(403)
                .body("code", equalTo("sign_in_to_keep_card"));
        // Ayşe herself, but from a form that did not come from her card page.
        paySaved(ayse, ayseUrl, card, "forged").then().statusCode(403);
        for (String url : List.of(guestUrl, aliUrl, ayseUrl)) {
            assertThat(paynet.charges(number(url))).isZero();
            assertThat(paymentStatus(url)).isEqualTo("PENDING");
        }
        ali.api().delete("/api/auth/me/cards/" + card + "/").then().statusCode(404)
                .body("code", equalTo("saved_card_not_found"));

        Selling other = shop("saved-elsewhere", "paynet");
        Browser elsewhere = Browser.customer(other.shop(), "ayse@saved-elsewhere.test");
        elsewhere.api().get("/api/auth/me/cards/").then().statusCode(200).body("cards", hasSize(0));
        elsewhere.api().delete("/api/auth/me/cards/" + card + "/").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("saved_card_not_found"));
        ayse.api().get("/api/auth/me/cards/").then().statusCode(200).body("cards", hasSize(1));
    }

    @Test
    void a_card_whose_provider_fails_on_delete_stays_saved_and_the_account_page_says_so() throws Exception {
        Selling s = shop("saved-faults", "paynet");
        Browser ayse = Browser.customer(s.shop(), "ayse@saved-faults.test");
        String card = paynetPaysAndSaves(s, ayse);

        paynet.failNext(PaynetSimulator.Endpoint.CARD_DELETE, SimulatedFault.SERVER_ERROR, 1);
        ayse.api().delete("/api/auth/me/cards/" + card + "/").then().statusCode(503)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("provider_unavailable"))
                .body("detail", containsString("the card is still saved"));
        ayse.api().get("/api/auth/me/cards/").then().body("cards", hasSize(1));

        Response account = ayse.request().accept("text/html").get("/account/cards");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.asString()).contains("•••• 0006");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(account.asString());
        assertThat(token.find()).isTrue();
        paynet.failNext(PaynetSimulator.Endpoint.CARD_DELETE, SimulatedFault.SERVER_ERROR, 1);
        Response deleted = ayse.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", token.group(1)).formParam("card_id", card).post("/account/cards");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/account/cards?problem=card_provider_unavailable");
        String after = ayse.request().accept("text/html").get("/account/cards?problem=card_provider_unavailable")
                .asString();
        assertThat(after).contains("•••• 0006", "role=\"alert\"", "kart henüz silinmedi"); // the shop speaks Turkish
        ayse.api().get("/api/auth/me/cards/").then().body("cards", hasSize(1));
    }

    /** Ayşe pays a new order with PAYNET's test card, asking to save it; the saved card's id. */
    private static String paynetPaysAndSaves(Selling s, Browser customer) throws Exception {
        String url = payment(customer, s.product(), s.shipping(), "paynet");
        CardPage first = open(customer, url);
        assertThat(first.html()).contains("keep_card").doesNotContain("saved_card");
        Response bank = typeCard(customer, url, PaynetSimulator.CARD_SUCCESS, true);
        assertThat(bank.statusCode()).as(bank::asString).isEqualTo(200);
        PaynetShopper.Callback callback = PaynetShopper.authenticate(bank.asString(), PaynetSimulator.ACS_PASSWORD);
        assertThat(back(customer, callback.path(), callback.fields()).statusCode()).isEqualTo(303);
        assertThat(paymentStatus(url)).isEqualTo("COMPLETED");
        return customer.api().get("/api/auth/me/cards/").then().statusCode(200).extract().path("cards[-1].id");
    }

    private static String number(String paymentUrl) {
        String[] parts = URI.create(paymentUrl).getPath().split("/");
        return parts[parts.length - 1];
    }

    private static String paymentStatus(String paymentUrl) {
        return String.valueOf(Database.single("select status from payments where payment_number = ?",
                number(paymentUrl)));
    }

    /** Whether the card number is in any row of the saved-card tables or the payments, or in the server's log. */
    private static boolean cardNumberKeptAnywhere(String number) throws Exception {
        long rows = Database.count("select count(*) from (select s::text from saved_cards s union all "
                + "select o::text from card_owners o union all select p::text from payments p) t(row) "
                + "where row like ?", "%" + number + "%");
        Path log = Path.of(System.getProperty("kervan.test.work-dir", "target"), "wildfly-base", "log",
                "server.log");
        return rows > 0 || Files.readString(log).contains(number);
    }
}
