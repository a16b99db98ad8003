package io.kervan.it.payments;

import io.kervan.it.support.InContainerTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;

/**
 * The bank took the money but its answer to the provision was lost: the shopper got a 503, the payment stayed
 * pending, and the reconciler (run here inside the server, as its timer would) asks Kuveyt Türk's status service and
 * settles it, once.
 * The shared steps are in {@link LostAnswerReconciling}.
 */
@InContainerTest
class KuveytTurkReconcilerIT extends LostAnswerReconciling {

    @Deployment
    static EnterpriseArchive deployment() {
        return deploymentOf(KuveytTurkReconcilerIT.class);
    }

    /** The shopper's side (test JVM only): the bank charged the card, Kervan never heard, the payment is pending. */
    @BeforeAll
    static void aProvisionWhoseAnswerIsLost() throws Exception {
        lost = KuveytTurkReconcilerClient.payWithLostProvisionAnswer();
    }

    @Override
    void assertSettledOnce(LostAnswer lost) {
        KuveytTurkReconcilerClient.assertSettledOnce(lost);
    }
}
