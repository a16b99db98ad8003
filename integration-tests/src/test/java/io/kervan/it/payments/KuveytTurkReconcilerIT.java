package io.kervan.it.payments;

import io.kervan.it.support.Deployments;
import io.kervan.it.support.KervanTest;
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

/**
 * The bank took the money but its answer to the provision was lost: the shopper got a 503, the payment stayed
 * pending, and the reconciler (run here inside the server, as its timer would) asks Kuveyt Türk's status service and
 * settles it, once. The browser's part runs in the test JVM beside the simulator; fields hold only plain values so
 * that the class also loads inside the server, where the simulator and RestAssured are absent.
 */
@KervanTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KuveytTurkReconcilerIT {

    /** The simulator (test JVM only); typed loosely so that the server never needs its class. */
    private static AutoCloseable bank;
    private static String orderId;
    private static String paymentNumber;

    @Inject
    PaymentReconciler reconciler;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(KuveytTurkReconcilerIT.class);
    }

    @BeforeAll
    static void startBank() {
        bank = KuveytTurkReconcilerClient.startBank();
    }

    @AfterAll
    static void stopBank() throws Exception {
        bank.close();
    }

    @Test
    @Order(1)
    @RunAsClient
    void a_provision_whose_answer_is_lost_leaves_the_payment_pending() throws Exception {
        String[] left = KuveytTurkReconcilerClient.payWithLostProvisionAnswer(bank);
        orderId = left[0];
        paymentNumber = left[1];
    }

    @Test
    @Order(2)
    void the_reconciler_asks_the_bank_about_pending_payments() {
        reconciler.reconcileAcrossTenants(Instant.now().plusSeconds(60));
    }

    @Test
    @Order(3)
    @RunAsClient
    void the_payment_is_then_completed_and_the_order_paid_once() {
        KuveytTurkReconcilerClient.assertSettledOnce(bank, orderId, paymentNumber);
    }
}
