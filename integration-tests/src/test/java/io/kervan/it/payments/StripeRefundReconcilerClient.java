package io.kervan.it.payments;

import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.it.payments.StripeRefunds.Paid;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test-JVM side of {@link StripeRefundReconcilerIT}, kept apart so that the server never loads it. */
final class StripeRefundReconcilerClient {

    private StripeRefundReconcilerClient() {
    }

    static AutoCloseable startStripe() {
        return StripeSimulator.start();
    }

    static Object refundThatFailsToSettle(AutoCloseable simulator) {
        StripeSimulator stripe = (StripeSimulator) simulator;
        Paid p = StripeRefunds.paidOrder(stripe, "refund-reconcile");
        p.breakSettling();
        p.refund(Map.of("amount", "60.00")).then().statusCode(500);
        p.mendSettling();
        assertThat(stripe.refunds(p.session())).containsExactly(6000L);
        assertThat(p.recordedRefunds()).containsExactly("REQUESTED 60.0000");
        assertThat(p.orderState()).isEqualTo("CONFIRMED/PAID");
        return p;
    }

    static void assertRefundedOnce(AutoCloseable simulator, Object paid) {
        StripeSimulator stripe = (StripeSimulator) simulator;
        Paid p = (Paid) paid;
        assertThat(stripe.refunds(p.session())).containsExactly(6000L);
        assertThat(p.recordedRefunds()).containsExactly("SUCCEEDED 60.0000");
        assertThat(p.refundedAmount()).isEqualTo("60.0000");
        assertThat(p.orderState()).isEqualTo("CONFIRMED/PARTIALLY_REFUNDED");
        p.shop().request().auth().oauth2(p.owner()).get("/api/payments/?order_id=" + p.orderId()).then()
                .statusCode(200).body("payments[0].refunded_amount", org.hamcrest.Matchers.equalTo("60.00"))
                .body("payments[0].refundable_amount", org.hamcrest.Matchers.equalTo("160.00"));
    }
}
