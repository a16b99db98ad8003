package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.it.payments.IyzicoShopper.Callback;
import io.kervan.it.payments.IyzicoShopper.Setup;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.kervan.it.payments.IyzicoShopper.authenticate;
import static io.kervan.it.payments.IyzicoShopper.browser;
import static io.kervan.it.payments.IyzicoShopper.create;
import static io.kervan.it.payments.IyzicoShopper.enterCard;
import static io.kervan.it.payments.IyzicoShopper.post;
import static io.kervan.it.payments.IyzicoShopper.refund;
import static io.kervan.it.payments.IyzicoShopper.shop;
import static io.kervan.it.payments.KuveytTurkShopper.orderState;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Installments with iyzico over real HTTP against the simulator: the options a card is offered for a payment's own
 * amount, paying in three by direct 3-D Secure on Kervan's card page (charged exactly the option's total), and the
 * counts, BINs and payments Kervan refuses. The order is 120.00 + 9.90 shipping = 129.90 TRY; the simulator's Halkbank
 * Paraf card pays 3 installments at a rate of 1.0233: 132.93 in all, 44.31 a month.
 */
@io.kervan.it.support.KervanTest
class IyzicoInstallmentsIT extends WithIyzico {

    private static final String PARAF_BIN = IyzicoSimulator.CARD_SUCCESS.substring(0, 6);

    @Test
    void a_card_is_offered_its_installments_for_the_payments_own_amount_single_payment_first() {
        Setup s = shop(iyzico, "iyz-inst-options", "direct_3ds");
        String number = create(s).path("payment.payment_number");

        s.shop().request().get("/api/payments/" + number + "/installments/?bin=" + PARAF_BIN).then()
                .statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("payment_number", equalTo(number)).body("bin", equalTo(PARAF_BIN))
                .body("options.count", equalTo(List.of(1, 2, 3, 6, 9)))
                .body("options[0].monthly", equalTo("129.90")).body("options[0].total", equalTo("129.90"))
                .body("options[2].monthly", equalTo("44.31")).body("options[2].total", equalTo("132.93"))
                .body("options[2].currency", equalTo("TRY"));
        // A debit card pays at once; an amount in the query is not the client's to choose.
        s.shop().request().get("/api/payments/" + number + "/installments/?bin=589004&amount=1").then()
                .statusCode(200).body("options", hasSize(1)).body("options[0].total", equalTo("129.90"));
    }

    @Test
    void a_shopper_pays_in_three_installments_and_is_charged_exactly_the_options_total() throws Exception {
        Setup s = shop(iyzico, "iyz-inst-pay", "direct_3ds");
        Response created = create(s);
        String number = created.path("payment.payment_number");

        Response bankPage = enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "3");
        assertThat(bankPage.statusCode()).as(bankPage::asString).isEqualTo(200);
        assertThat(paymentColumn("installment_count", number)).isEqualTo("3");
        Callback callback = authenticate(bankPage.asString(), IyzicoSimulator.ACS_PASSWORD);
        Response back = post(s, callback);
        assertThat(back.header("Location")).as(back::asString).startsWith(s.returnUrl())
                .contains("status=completed");
        assertThat(orderState(s.orderId())).isEqualTo("CONFIRMED/PAID");

        String paymentId = callback.fields().get("paymentId");
        assertThat(iyzico.installment(paymentId)).isEqualTo(3);
        assertThat(iyzico.paidPrice(paymentId)).isEqualByComparingTo("132.93");
        assertThat(new BigDecimal(paymentColumn("charged_amount", number))).isEqualByComparingTo("132.93");
        s.shop().request().auth().oauth2(s.owner()).get("/api/payments/?order_id=" + s.orderId()).then()
                .statusCode(200).body("payments[0].installment_count", equalTo(3))
                .body("payments[0].charged_amount", equalTo("132.93"))
                .body("payments[0].amount", equalTo("129.90"));
    }

    @Test
    void a_shopper_refunded_in_two_parts_gets_back_the_installment_interest_with_the_last_part() throws Exception {
        Setup s = shop(iyzico, "iyz-inst-refund", "direct_3ds");
        Response created = create(s);
        Response bankPage = enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "3");
        Callback callback = authenticate(bankPage.asString(), IyzicoSimulator.ACS_PASSWORD);
        post(s, callback).then().statusCode(303);
        String paymentId = callback.fields().get("paymentId");
        String id = created.path("payment.id");

        refund(s, id, "50.00").then().statusCode(200).body("payment.status", equalTo("partially_refunded"))
                .body("payment.refunded_amount", equalTo("50.00"));
        assertThat(iyzico.refunded(paymentId)).isEqualByComparingTo("50.00");
        // the order's 79.90 left, and the 3.03 of interest the card paid on top of 129.90
        refund(s, id, null).then().statusCode(200).body("payment.status", equalTo("refunded"))
                .body("payment.refunded_amount", equalTo("129.90"));
        assertThat(iyzico.refunded(paymentId)).isEqualByComparingTo("132.93");
        assertThat(orderState(s.orderId())).isEqualTo("REFUNDED/REFUNDED");
    }

    @Test
    void a_count_the_card_is_not_offered_is_refused_and_nothing_is_charged() {
        Setup s = shop(iyzico, "iyz-inst-forged", "direct_3ds");
        Response created = create(s);
        String number = created.path("payment.payment_number");

        for (String forged : List.of("4", "12")) {
            enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, forged).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("code", equalTo("installment_not_offered"))
                    .body("errors[0].field", equalTo("installment_count"))
                    .body("detail", containsString("Nothing was charged"))
                    .body(not(containsString(IyzicoSimulator.CARD_SUCCESS)));
        }
        // a debit card pays at once only
        enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_DEBIT, "3").then().statusCode(400)
                .body("code", equalTo("installment_not_offered"));
        enterCard(s, created.path("payment_url"), IyzicoSimulator.CARD_SUCCESS, "three").then().statusCode(400)
                .body("errors[0].field", equalTo("installment_count"));
        assertThat(iyzico.paymentsFor(number)).isZero();
        assertThat(paymentColumn("status", number)).isEqualTo("PENDING");
        assertThat(paymentColumn("installment_count", number)).isEqualTo("1");
        assertThat(paymentColumn("charged_amount", number)).isEqualTo("null");
    }

    @Test
    void a_bin_that_is_not_six_digits_is_a_400_naming_the_field() {
        Setup s = shop(iyzico, "iyz-inst-bin", "direct_3ds");
        String number = create(s).path("payment.payment_number");
        for (String bin : List.of("55287", "5528790", "55287a", "")) {
            s.shop().request().get("/api/payments/" + number + "/installments/?bin=" + bin).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("code", equalTo("validation_failed")).body("errors[0].field", equalTo("bin"))
                    .body("detail", containsString("first six digits"));
        }
        s.shop().request().get("/api/payments/" + number + "/installments/").then().statusCode(400)
                .body("errors[0].field", equalTo("bin"));
    }

    @Test
    void another_shops_payment_has_no_installments_to_show() {
        Setup a = shop(iyzico, "iyz-inst-a", "direct_3ds");
        Setup b = shop(iyzico, "iyz-inst-b", "direct_3ds");
        String number = create(a).path("payment.payment_number");
        b.shop().request().get("/api/payments/" + number + "/installments/?bin=" + PARAF_BIN).then()
                .statusCode(404).contentType(containsString("application/problem+json"))
                .body("code", equalTo("payment_not_found"));
        b.shop().request().get("/api/payments/PAY-NOPE-1/installments/?bin=" + PARAF_BIN).then()
                .statusCode(404);
    }

    @Test
    void without_javascript_the_card_page_shows_the_options_of_the_typed_bin_and_keeps_nothing_else_of_the_card() {
        Setup s = shop(iyzico, "iyz-inst-nojs", "direct_3ds");
        Response created = create(s);
        String path = URI.create(created.<String>path("payment_url")).getPath();

        String page = browser(s).contentType(ContentType.URLENC).header("Accept-Language", "tr")
                .formParams(Map.of("card_holder_name", "Ayşe Yılmaz", "card_number", IyzicoSimulator.CARD_SUCCESS,
                        "card_expiry_month", "12", "card_expiry_year", "2031", "card_cvv", "987",
                        "action", "installments"))
                .post(path).then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .extract().asString();
        assertThat(page).contains("value=\"" + PARAF_BIN + "\"", "3 taksit: aylık 44.31 TRY, toplam 132.93 TRY",
                        "Tek çekim: 129.90 TRY", "name=installment_count value=9")
                .doesNotContain(IyzicoSimulator.CARD_SUCCESS, "987", "Ayşe", "2031");
        assertThat(iyzico.paymentsFor(created.path("payment.payment_number"))).isZero();
    }
}
