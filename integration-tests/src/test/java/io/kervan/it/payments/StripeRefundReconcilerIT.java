package io.kervan.it.payments;

import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.payments.application.PaymentReconciler;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stripe refunded, but the transaction that was to record it failed and nobody asks again: the reconciler (run here
 * inside the server, as its timer would) finds the refund still requested and completes it by asking Stripe with the
 * refund's own key, which answers with the refund it made rather than making another. The shop's side runs in the
 * test JVM beside the simulator; fields hold only what the server can load too.
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StripeRefundReconcilerIT {

    /** The simulator and the paid order (test JVM only); typed loosely so that the server never needs their class. */
    private static AutoCloseable stripe;
    private static Object paid;

    @Inject
    PaymentReconciler reconciler;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StripeRefundReconcilerIT.class);
    }

    /** The shop's side (test JVM only): Stripe refunded, Kervan failed to record it, the refund stays requested. */
    @BeforeAll
    static void aRefundWhoseRecordFailedAfterStripeRefunded() {
        stripe = StripeRefundReconcilerClient.startStripe();
        paid = StripeRefundReconcilerClient.refundThatFailsToSettle(stripe);
    }

    @AfterAll
    static void stopStripe() throws Exception {
        stripe.close();
    }

    @Test
    @Order(1)
    void the_reconciler_completes_refunds_left_requested_but_not_young_ones() {
        assertEquals(0, reconciler.reconcileRefundsAcrossTenants(Instant.now().minusSeconds(3600)));
        assertTrue(reconciler.reconcileRefundsAcrossTenants(Instant.now().plusSeconds(60)) >= 1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_refund_is_then_recorded_once_and_stripe_made_it_once() {
        StripeRefundReconcilerClient.assertRefundedOnce(stripe, paid);
    }
}
