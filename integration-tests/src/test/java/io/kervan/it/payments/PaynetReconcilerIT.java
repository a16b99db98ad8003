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
 * PAYNET charged the card but its answer to tds_charge was lost: the shopper got a 503, the payment stayed pending,
 * and the reconciler (run here inside the server, as its timer would) asks transaction/check by reference_no and
 * settles it, once. The browser's part runs in the test JVM beside the simulator; fields hold only plain values so
 * that the class also loads inside the server, where the simulator and RestAssured are absent.
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaynetReconcilerIT {

    /** The simulator (test JVM only); typed loosely so that the server never needs its class. */
    private static AutoCloseable paynet;
    private static String orderId;
    private static String paymentNumber;

    @Inject
    PaymentReconciler reconciler;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PaynetReconcilerIT.class);
    }

    /** The shopper's side (test JVM only): the paynet charged the card, Kervan never heard, the payment is pending. */
    @BeforeAll
    static void aChargeWhoseAnswerIsLost() throws Exception {
        paynet = PaynetReconcilerClient.startPaynet();
        String[] left = PaynetReconcilerClient.payWithLostChargeAnswer(paynet);
        orderId = left[0];
        paymentNumber = left[1];
    }

    @AfterAll
    static void stopPaynet() throws Exception {
        paynet.close();
    }

    @Test
    @Order(1)
    void the_reconciler_asks_paynet_about_pending_payments_once_they_are_old_enough() {
        assertEquals(0, reconciler.reconcileAcrossTenants(Instant.now().minusSeconds(3600)), "too young to ask");
        assertTrue(reconciler.reconcileAcrossTenants(Instant.now().plusSeconds(60)) >= 1,
                "the payment whose charge answer was lost is asked about");
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_payment_is_then_completed_and_the_order_paid_once() {
        PaynetReconcilerClient.assertSettledOnce(paynet, orderId, paymentNumber);
    }
}
