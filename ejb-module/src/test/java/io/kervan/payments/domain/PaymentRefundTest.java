package io.kervan.payments.domain;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentRefundTest {

    private static final Actor OWNER = Actor.staff(UUID.randomUUID(), "owner@example.com");

    private static Money tl(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private static Payment paid(String amount) {
        Payment payment = new Payment("PAY-T-1", UUID.randomUUID(), UUID.randomUUID(), ProviderType.STRIPE,
                tl(amount));
        payment.complete(Map.of());
        return payment;
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (KervanException e) {
            return e.errorCode().code();
        }
        throw new AssertionError("no KervanException");
    }

    @Test
    void a_requested_refund_counts_against_what_is_refundable_until_it_is_settled() {
        Payment payment = paid("220.00");
        Refund refund = payment.requestRefund("RFD-1", tl("73.33"), "damaged", OWNER);

        assertThat(refund.status()).isEqualTo(Refund.Status.REQUESTED);
        assertThat(refund.amount()).isEqualTo(tl("73.33"));
        assertThat(refund.actor()).isEqualTo(OWNER);
        assertThat(payment.refundable()).isEqualTo(tl("146.67"));
        assertThat(payment.refundedAmount()).isEqualTo(tl("0.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void a_second_refund_waits_until_the_unsettled_one_is_settled() {
        Payment payment = paid("220.00");
        Refund first = payment.requestRefund("RFD-1", tl("100.00"), null, OWNER);

        assertThat(code(() -> payment.requestRefund("RFD-2", tl("100.00"), null, OWNER)))
                .isEqualTo("refund_in_progress");
        payment.refundSucceeded(first, "re_1");
        assertThat(payment.requestRefund("RFD-2", tl("100.00"), null, OWNER).amount()).isEqualTo(tl("100.00"));
    }

    @Test
    void a_succeeded_refund_is_counted_once_and_the_rest_then_refunds_everything() {
        Payment payment = paid("220.00");
        Refund first = payment.requestRefund("RFD-1", tl("73.33"), null, OWNER);
        assertThat(payment.refundSucceeded(first, "re_1")).isFalse();
        assertThat(first.status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(first.providerReference()).isEqualTo("re_1");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> payment.refundSucceeded(first, "re_1")).isInstanceOf(IllegalStateException.class);
        assertThat(payment.refundedAmount()).isEqualTo(tl("73.33"));

        Refund rest = payment.requestRefund("RFD-2", null, null, OWNER);
        assertThat(rest.amount()).isEqualTo(tl("146.67"));
        assertThat(payment.refundSucceeded(rest, "re_2")).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAmount()).isEqualTo(tl("220.00"));
        assertThat(payment.refundable()).isEqualTo(tl("0.00"));
        assertThat(code(() -> payment.requestRefund("RFD-3", tl("0.01"), null, OWNER))).isEqualTo("not_refundable");
    }

    @Test
    void a_refused_refund_gives_its_amount_back_to_what_is_refundable() {
        Payment payment = paid("50.00");
        Refund refund = payment.requestRefund("RFD-1", tl("50.00"), null, OWNER);
        assertThat(payment.refundable()).isEqualTo(tl("0.00"));

        payment.refundFailed(refund, "card closed");

        assertThat(refund.status()).isEqualTo(Refund.Status.FAILED);
        assertThat(refund.failureReason()).isEqualTo("card closed");
        assertThat(payment.refundable()).isEqualTo(tl("50.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThatThrownBy(() -> payment.refundSucceeded(refund, "re_late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refunds_beyond_what_is_left_or_of_unpaid_payments_are_refused() {
        Payment payment = paid("20.00");
        assertThat(code(() -> payment.requestRefund("RFD-1", tl("20.01"), null, OWNER))).isEqualTo("refund_too_large");
        assertThat(code(() -> payment.requestRefund("RFD-1", Money.of(BigDecimal.ONE, "EUR"), null, OWNER)))
                .isEqualTo("refund_too_large");
        assertThat(code(() -> payment.requestRefund("RFD-1", tl("0.00"), null, OWNER))).isEqualTo("refund_too_large");

        Payment pending = new Payment("PAY-T-2", UUID.randomUUID(), UUID.randomUUID(), ProviderType.STRIPE,
                tl("20.00"));
        assertThat(code(() -> pending.requestRefund("RFD-1", tl("1.00"), null, OWNER))).isEqualTo("not_refundable");
    }

    @Test
    void a_payment_settles_only_its_own_refunds_and_each_refund_has_a_key_of_its_own() {
        Payment one = paid("20.00");
        Payment other = paid("20.00");
        Refund refund = one.requestRefund("RFD-1", tl("5.00"), null, OWNER);
        assertThatThrownBy(() -> other.refundSucceeded(refund, "re_x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(refund.idempotencyKey()).isEqualTo("kervan-refund-" + refund.id())
                .isNotEqualTo(other.requestRefund("RFD-2", tl("5.00"), null, OWNER).idempotencyKey());
    }

    @Test
    void what_is_left_after_a_partial_refund_can_be_refunded_exactly_and_not_a_cent_more() {
        Payment payment = paid("100.00");
        payment.refundSucceeded(payment.requestRefund("RFD-1", tl("60.00"), null, OWNER), "re_1");

        assertThat(payment.refundable()).isEqualTo(tl("40.00"));
        assertThat(code(() -> payment.requestRefund("RFD-2", tl("40.01"), null, OWNER))).isEqualTo("refund_too_large");
        assertThat(payment.refundable()).as("a refused request holds nothing back").isEqualTo(tl("40.00"));
        Refund rest = payment.requestRefund("RFD-2", tl("40.00"), null, OWNER);
        assertThat(payment.refundSucceeded(rest, "re_2")).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void failed_and_undecided_payments_have_nothing_to_refund() {
        Payment declined = new Payment("PAY-T-3", UUID.randomUUID(), UUID.randomUUID(), ProviderType.STRIPE,
                tl("20.00"));
        declined.fail("card declined");
        Payment unknown = new Payment("PAY-T-4", UUID.randomUUID(), UUID.randomUUID(), ProviderType.STRIPE,
                tl("20.00"));
        unknown.markUnknown();

        for (Payment payment : new Payment[] {declined, unknown}) {
            assertThat(payment.refundable()).as(payment.status().code()).isEqualTo(tl("0.00"));
            assertThat(code(() -> payment.requestRefund("RFD-1", null, null, OWNER))).as(payment.status().code())
                    .isEqualTo("not_refundable");
        }
    }

    @Test
    void a_refunded_payment_stays_refunded_when_the_providers_news_of_the_payment_comes_again() {
        Payment partly = paid("50.00");
        partly.refundSucceeded(partly.requestRefund("RFD-1", tl("20.00"), null, OWNER), "re_1");
        Payment fully = paid("50.00");
        fully.refundSucceeded(fully.requestRefund("RFD-1", null, null, OWNER), "re_1");

        for (Payment payment : new Payment[] {partly, fully}) {
            PaymentStatus before = payment.status();
            assertThat(payment.isSettled()).as("a provider is not asked again about %s", before).isTrue();
            assertThat(payment.complete(Map.of("id", "pi_again"))).as("completed again from %s", before).isFalse();
            payment.fail("a late decline");
            assertThat(payment.status()).isEqualTo(before);
            assertThat(payment.failureReason()).isNull();
        }
        assertThat(partly.refundable()).isEqualTo(tl("30.00"));
        assertThat(fully.refundable()).isEqualTo(tl("0.00"));
    }

    @Test
    void a_refund_is_settled_once_and_only_by_its_own_payment() {
        Payment one = paid("20.00");
        Payment other = paid("20.00");
        Refund succeeded = one.requestRefund("RFD-1", tl("5.00"), null, OWNER);
        assertThatThrownBy(() -> other.refundFailed(succeeded, "not mine")).isInstanceOf(IllegalArgumentException.class);
        assertThat(succeeded.isSettled()).isFalse();
        one.refundSucceeded(succeeded, "re_1");

        assertThatThrownBy(() -> one.refundFailed(succeeded, "too late")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already succeeded");
        assertThat(succeeded.status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(succeeded.isSettled()).isTrue();
        assertThat(succeeded.settledAt()).isNotNull();
        assertThat(one.refundedAmount()).isEqualTo(tl("5.00"));
    }

    @Test
    void a_refusal_without_a_reason_says_the_provider_refused_and_a_long_one_is_cut_to_500_characters() {
        Payment payment = paid("20.00");
        Refund silent = payment.requestRefund("RFD-1", tl("5.00"), null, OWNER);
        payment.refundFailed(silent, "  ");
        Refund verbose = payment.requestRefund("RFD-2", tl("5.00"), null, OWNER);
        payment.refundFailed(verbose, "x".repeat(600));

        assertThat(silent.failureReason()).isEqualTo("the provider refused");
        assertThat(verbose.failureReason()).hasSize(500);
        assertThat(payment.refundable()).isEqualTo(tl("20.00"));
    }

    @Test
    void a_refund_under_review_stays_counted_and_blocks_another_until_the_provider_decides() {
        Payment payment = paid("100.00");
        Refund refund = payment.requestRefund("RFD-1", tl("40.00"), "damaged", OWNER);
        payment.refundPending(refund, null);

        assertThat(refund.status()).isEqualTo(Refund.Status.PENDING);
        assertThat(refund.isSettled()).isFalse();
        assertThat(payment.refundable()).isEqualTo(tl("60.00"));
        assertThat(code(() -> payment.requestRefund("RFD-2", tl("10.00"), null, OWNER)))
                .isEqualTo("refund_in_progress");
        assertThatThrownBy(() -> payment.refundPending(refund, null)).isInstanceOf(IllegalStateException.class);

        payment.refundSucceeded(refund, "xk_reversal");
        assertThat(refund.status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(refund.providerReference()).isEqualTo("xk_reversal");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(payment.refundable()).isEqualTo(tl("60.00"));
    }

    @Test
    void a_refund_the_provider_rejects_after_review_gives_its_amount_back_to_refundable() {
        Payment payment = paid("100.00");
        Refund refund = payment.requestRefund("RFD-1", null, null, OWNER);
        payment.refundPending(refund, null);
        payment.refundFailed(refund, "PAYNET refused the refund request: belge eksik");

        assertThat(refund.status()).isEqualTo(Refund.Status.FAILED);
        assertThat(refund.failureReason()).contains("belge eksik");
        assertThat(payment.refundable()).isEqualTo(tl("100.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThatThrownBy(() -> payment.refundSucceeded(refund, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_session_kept_at_enrollment_stays_beside_the_references_of_the_completed_payment() {
        Payment payment = new Payment("PAY-T-2", UUID.randomUUID(), UUID.randomUUID(), ProviderType.PAYNET,
                tl("129.90"));
        payment.enrolled(Map.of("session_id", "ses_1"));
        payment.complete(Map.of("xact_id", "xk_1"));

        assertThat(payment.providerReferences()).containsEntry("session_id", "ses_1").containsEntry("xact_id", "xk_1");
        assertThat(code(() -> payment.enrolled(Map.of("session_id", "ses_2")))).isEqualTo("payment_not_open");
    }
}
