package io.kervan.it.payments;

import io.kervan.it.support.Deployments;
import io.kervan.payments.application.PaymentReconciler;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the card providers' reconciler tests share: the provider charged the card but its answer was lost, so the
 * shopper got a 503 and the payment stayed pending (a subclass's {@code @BeforeAll}, in the test JVM beside the
 * simulator, sets {@link #lost}); the reconciler, run here inside the server as its timer would, asks the provider
 * only about payments old enough, and the payment then ends completed and its order paid, once (each subclass says
 * what that means for its provider). The state is static and typed by a class the deployment carries, because JUnit
 * makes a new instance for each test and the server reads the fields' types. Subclasses are {@code @InContainerTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LostAnswerReconciling {

    /** The simulator and the payment it charged without Kervan hearing (test JVM only; one class runs at a time). */
    static LostAnswer lost;

    @Inject
    PaymentReconciler reconciler;

    /** The EAR with the test class and what it inherits from here. */
    static EnterpriseArchive deploymentOf(Class<? extends LostAnswerReconciling> testClass) {
        return Deployments.earWith(testClass, LostAnswerReconciling.class, LostAnswer.class);
    }

    /** Asserts, in the test JVM, that the payment was completed and its order paid exactly once. */
    abstract void assertSettledOnce(LostAnswer lost);

    @AfterAll
    static void stopProvider() throws Exception {
        if (lost != null) {
            lost.close();
            lost = null;
        }
    }

    @Test
    @Order(1)
    void the_reconciler_asks_the_provider_about_pending_payments_once_they_are_old_enough() {
        assertEquals(0, reconciler.reconcileAcrossTenants(Instant.now().minusSeconds(3600)), "too young to ask");
        assertTrue(reconciler.reconcileAcrossTenants(Instant.now().plusSeconds(60)) >= 1,
                "the payment whose answer was lost is asked about");
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_payment_is_then_completed_and_the_order_paid_once() {
        assertSettledOnce(lost);
    }

    /** A payment the provider charged but Kervan never heard of, and the provider's simulator to close after. */
    record LostAnswer(AutoCloseable provider, String orderId, String paymentNumber) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            provider.close();
        }
    }
}
