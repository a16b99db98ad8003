package io.kervan.it.payments;

import io.kervan.it.support.InContainerTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;

/**
 * PAYNET charged the card but its answer to tds_charge was lost: the shopper got a 503, the payment stayed pending,
 * and the reconciler (run here inside the server, as its timer would) asks transaction/check by reference_no and
 * settles it, once.
 * The shared steps are in {@link LostAnswerReconciling}.
 */
@InContainerTest
class PaynetReconcilerIT extends LostAnswerReconciling {

    @Deployment
    static EnterpriseArchive deployment() {
        return deploymentOf(PaynetReconcilerIT.class);
    }

    /** The shopper's side (test JVM only): PAYNET charged the card, Kervan never heard, the payment is pending. */
    @BeforeAll
    static void aChargeWhoseAnswerIsLost() throws Exception {
        lost = PaynetReconcilerClient.payWithLostChargeAnswer();
    }

    @Override
    void assertSettledOnce(LostAnswer lost) {
        PaynetReconcilerClient.assertSettledOnce(lost);
    }
}
