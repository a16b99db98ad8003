package io.kervan.it.payments;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.payments.StripeRefunds.Paid;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Refunds through Stripe (the simulator) are recorded before Stripe is asked and settled after: a failure between
 * Stripe's answer and Kervan's record of it never turns into a second refund, and each answer names this refund's
 * amount apart from the payment's total refunded and what is left.
 */
@KervanTest
class StripeRefundIT {

    private static StripeSimulator stripe;

    @BeforeAll
    static void startStripe() {
        stripe = StripeSimulator.start();
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    @Test
    void a_refund_retried_after_kervan_failed_to_record_stripes_answer_refunds_once() {
        Paid p = StripeRefunds.paidOrder(stripe, "refund-crash");
        p.breakSettling();
        p.refund(Map.of("amount", "100.00", "reason", "damaged")).then().statusCode(500);
        assertThat(stripe.refunds(p.session())).containsExactly(10000L);
        assertThat(p.recordedRefunds()).containsExactly("REQUESTED 100.0000");
        assertThat(p.refundedAmount()).isEqualTo("0.0000");
        p.mendSettling();

        p.refund(Map.of("amount", "100.00", "reason", "damaged")).then().statusCode(200)
                .body("resumed", equalTo(true))
                .body("refund_amount", equalTo("100.00"))
                .body("refund.status", equalTo("succeeded"))
                .body("payment.status", equalTo("partially_refunded"));
        assertThat(stripe.refunds(p.session())).containsExactly(10000L);
        assertThat(p.recordedRefunds()).containsExactly("SUCCEEDED 100.0000");
        assertThat(p.refundedAmount()).isEqualTo("100.0000");
        assertThat(p.orderState()).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");
    }

    @Test
    void a_new_refund_asked_while_one_is_unsettled_completes_that_one_and_starts_none() {
        Paid p = StripeRefunds.paidOrder(stripe, "refund-pending");
        p.breakSettling();
        p.refund(Map.of("amount", "100.00")).then().statusCode(500);
        p.mendSettling();

        p.refund(Map.of("amount", "50.00")).then().statusCode(200)
                .body("resumed", equalTo(true))
                .body("refund_amount", equalTo("100.00"))
                .body("message", org.hamcrest.Matchers.containsString("yeni iade başlatılmadı"));
        assertThat(stripe.refunds(p.session())).containsExactly(10000L);
        p.refund(Map.of("amount", "50.00")).then().statusCode(200).body("resumed", equalTo(false))
                .body("refund_amount", equalTo("50.00")).body("total_refunded", equalTo("150.00"));
        assertThat(stripe.refunds(p.session())).containsExactly(10000L, 5000L);
        assertThat(p.recordedRefunds()).containsExactly("SUCCEEDED 100.0000", "SUCCEEDED 50.0000");
    }

    @Test
    void each_refund_answer_names_its_own_amount_the_total_refunded_and_what_is_left() {
        Paid p = StripeRefunds.paidOrder(stripe, "refund-amounts");
        p.refund(Map.of("amount", "73.33")).then().statusCode(200)
                .body("refund_amount", equalTo("73.33"))
                .body("total_refunded", equalTo("73.33"))
                .body("refundable_amount", equalTo("146.67"))
                .body("currency", equalTo("TRY"))
                .body("refund.amount", equalTo("73.33"))
                .body("refund.refund_number", org.hamcrest.Matchers.startsWith("RFD-"))
                .body("message", equalTo("İade edildi: 73.33 TRY. Toplam iade edilen: 73.33 TRY; "
                        + "iade edilebilecek kalan: 146.67 TRY."));
        p.refund(Map.of()).then().statusCode(200)
                .body("refund_amount", equalTo("146.67"))
                .body("total_refunded", equalTo("220.00"))
                .body("refundable_amount", equalTo("0.00"))
                .body("payment.refunded_amount", equalTo("220.00"))
                .body("payment.status", equalTo("refunded"))
                .body("message", equalTo("İade edildi: 146.67 TRY. Toplam iade edilen: 220.00 TRY; "
                        + "iade edilebilecek kalan: 0.00 TRY."));
        assertThat(stripe.refunds(p.session())).containsExactly(7333L, 14667L);
        assertThat(p.orderState()).isEqualTo("REFUNDED/REFUNDED");
    }

    @Test
    void two_refunds_asked_at_once_never_give_back_more_than_was_paid() throws Exception {
        Paid p = StripeRefunds.paidOrder(stripe, "refund-twice");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> clicks = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return p.refund(Map.of("amount", "150.00"));
                })).toList();
        go.countDown();
        List<Integer> statuses = clicks.stream().map(c -> c.join().statusCode()).toList();

        // The second click either completed the first one's refund or found too little left to refund.
        assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 422);
        assertThat(stripe.refunds(p.session())).containsExactly(15000L);
        assertThat(p.recordedRefunds()).containsExactly("SUCCEEDED 150.0000");
        assertThat(p.refundedAmount()).isEqualTo("150.0000");
    }
}
