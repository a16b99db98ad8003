package io.kervan.devkit.simulators;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.kervan.devkit.simulators.IyzicoSimulator.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds, cancels, reporting and installments at the iyzico simulator. */
class IyzicoAfterSalesTest extends IyzicoTestSupport {

    @Test
    void refunds_partial_and_full_never_give_back_more_than_was_paid() throws Exception {
        String conversation = "PAY-" + UUID.randomUUID();
        JsonObject paid = shopper.pay(conversation, "300", IyzicoSimulator.CARD_SUCCESS);
        String paymentId = paid.getString("paymentId");
        JsonArray items = paid.getJsonArray("itemTransactions");
        String first = items.getJsonObject(0).getString("paymentTransactionId");
        assertThat(items.getJsonObject(0).getJsonNumber("paidPrice").bigDecimalValue()).isEqualByComparingTo("100");

        JsonObject partial = refund(first, "40.50", conversation);
        assertThat(partial.getString("status")).isEqualTo("success");
        assertThat(partial.getString("signature")).isEqualTo(IyzicoSignatures.response(SECRET_KEY, paymentId,
                new BigDecimal("40.5"), "TRY", conversation));
        assertThat(refund(first, "59.51", conversation).getString("errorCode")).isEqualTo("5100");
        assertThat(refund(first, "59.50", conversation).getString("status")).isEqualTo("success");
        assertThat(refund(first, "0.01", conversation).getString("errorCode")).isEqualTo("5100");

        assertThat(refundPayment(paymentId, "200.01").getString("errorCode")).isEqualTo("5100");
        JsonObject rest = refundPayment(paymentId, "200");
        assertThat(rest.getString("status")).isEqualTo("success");
        assertThat(rest.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("200");
        assertThat(iyzico.refunded(paymentId)).isEqualByComparingTo("300");
        assertThat(refundPayment(paymentId, "0.01").getString("errorCode")).isEqualTo("5100");

        JsonObject report = client.get("/v2/reporting/payment/details?paymentConversationId=" + conversation);
        JsonObject payment = report.getJsonArray("payments").getJsonObject(0);
        assertThat(payment.getString("paymentRefundStatus")).isEqualTo("TOTALLY_REFUNDED");
        List<BigDecimal> firstItemRefunds = payment.getJsonArray("itemTransactions").getJsonObject(0)
                .getJsonArray("refunds").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("refundPrice").bigDecimalValue()).toList();
        assertThat(firstItemRefunds).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40.5"), new BigDecimal("59.5"));
    }

    @Test
    void a_payment_is_cancelled_only_on_its_day_and_a_card_iyzico_marks_so_cannot_be_refunded() throws Exception {
        String today = shopper.pay("PAY-" + UUID.randomUUID(), "80", IyzicoSimulator.CARD_SUCCESS)
                .getString("paymentId");
        JsonObject cancelled = cancel(today);
        assertThat(cancelled.getString("status")).isEqualTo("success");
        assertThat(cancelled.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("80");
        assertThat(cancel(today).getString("errorCode")).isEqualTo("5106");
        assertThat(refundPayment(today, "1").getString("errorCode")).isEqualTo("5106");

        String earlier = shopper.pay("PAY-" + UUID.randomUUID(), "80", IyzicoSimulator.CARD_SUCCESS)
                .getString("paymentId");
        iyzico.advanceClock(Duration.ofDays(1));
        assertThat(cancel(earlier).getString("errorCode")).isEqualTo("5105");
        assertThat(refundPayment(earlier, "80").getString("status")).isEqualTo("success");

        String locked = shopper.pay("PAY-" + UUID.randomUUID(), "80", IyzicoSimulator.CARD_NOT_REFUNDABLE)
                .getString("paymentId");
        assertThat(refundPayment(locked, "10").getString("errorCode")).isEqualTo("5102");
    }

    @Test
    void the_installment_table_gives_iyzicos_published_totals_exactly_and_single_payment_always() throws Exception {
        JsonObject axess = installments("{\"locale\":\"tr\",\"conversationId\":\"I1\",\"binNumber\":\"552608\","
                + "\"price\":\"100\"}").getJsonArray("installmentDetails").getJsonObject(0);
        assertThat(axess.getString("cardFamilyName")).isEqualTo("Axess");
        assertThat(axess.getJsonNumber("bankCode").longValue()).isEqualTo(46);
        // iyzico's sample answer for an Axess card and price 100
        assertThat(prices(axess, "totalPrice")).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("100"), new BigDecimal("104.28"), new BigDecimal("104.96"), new BigDecimal("107.33"),
                new BigDecimal("109.81"));
        assertThat(prices(axess, "installmentPrice")).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("100"), new BigDecimal("52.14"), new BigDecimal("34.99"), new BigDecimal("17.89"),
                new BigDecimal("12.2"));

        JsonObject odd = installments("{\"binNumber\":\"454359\",\"price\":129.99}")
                .getJsonArray("installmentDetails").getJsonObject(0);
        // Maximum, 9 installments: 129.99 x 1.0967 = 142.5600… -> 142.56, a month 15.84
        assertThat(prices(odd, "totalPrice").get(4)).isEqualByComparingTo("142.56");
        assertThat(prices(odd, "installmentPrice").get(4)).isEqualByComparingTo("15.84");

        JsonObject debit = installments("{\"binNumber\":\"589004\",\"price\":100}")
                .getJsonArray("installmentDetails").getJsonObject(0);
        assertThat(prices(debit, "totalPrice")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"));
        assertThat(installments("{\"binNumber\":\"55260\",\"price\":100}").getString("errorCode"))
                .isEqualTo("5007");
        assertThat(installments("{\"binNumber\":\"552608\"}").getString("errorCode")).isEqualTo("5004");
    }

    private List<BigDecimal> prices(JsonObject detail, String name) {
        return detail.getJsonArray("installmentPrices").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber(name).bigDecimalValue()).toList();
    }

    private JsonObject installments(String json) throws Exception {
        return client.post("/payment/iyzipos/installment", json);
    }

    private JsonObject refund(String transactionId, String price, String conversation) throws Exception {
        return client.post("/payment/refund", "{\"locale\":\"tr\",\"conversationId\":\"" + conversation
                + "\",\"paymentTransactionId\":\"" + transactionId + "\",\"price\":" + price
                + ",\"currency\":\"TRY\",\"ip\":\"85.34.78.112\"}");
    }

    private JsonObject refundPayment(String paymentId, String price) throws Exception {
        return client.post("/v2/payment/refund", "{\"locale\":\"tr\",\"conversationId\":\"R\",\"paymentId\":\""
                + paymentId + "\",\"price\":\"" + price + "\",\"ip\":\"85.34.78.112\"}");
    }

    private JsonObject cancel(String paymentId) throws Exception {
        return client.post("/payment/cancel", "{\"locale\":\"tr\",\"conversationId\":\"X\",\"paymentId\":\""
                + paymentId + "\",\"ip\":\"85.34.78.112\",\"reason\":\"BUYER_REQUEST\"}");
    }
}
