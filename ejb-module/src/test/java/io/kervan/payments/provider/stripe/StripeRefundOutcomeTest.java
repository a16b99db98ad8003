package io.kervan.payments.provider.stripe;

import io.kervan.payments.provider.RefundOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StripeRefundOutcomeTest {

    @Test
    void a_refund_stripe_is_still_processing_stays_pending_with_its_id() {
        RefundOutcome outcome = StripeProvider.outcome("re_123", "pending");
        assertThat(outcome.result()).isEqualTo(RefundOutcome.Result.PENDING);
        assertThat(outcome.reference()).isEqualTo("re_123");
        assertThat(StripeProvider.outcome("re_124", "requires_action").pending()).isTrue();
    }

    @Test
    void a_succeeded_refund_is_done_and_a_failed_or_canceled_one_is_refused() {
        assertThat(StripeProvider.outcome("re_1", "succeeded").succeeded()).isTrue();
        assertThat(StripeProvider.outcome("re_2", "failed").result()).isEqualTo(RefundOutcome.Result.FAILED);
        assertThat(StripeProvider.outcome("re_3", "canceled").result()).isEqualTo(RefundOutcome.Result.FAILED);
        assertThat(StripeProvider.outcome("re_4", null).message()).isEqualTo("Stripe's refund is without a status");
    }
}
