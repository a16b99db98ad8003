package io.kervan.it.payments;

import io.kervan.it.support.InContainerTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;

/**
 * iyzico took the money but its answer to the 3-D Secure auth was lost: the shopper got a 503, the payment stayed
 * pending, and the reconciler (run here inside the server, as its timer would) asks iyzico for the payment's detail
 * and settles it, once.
 * The shared steps are in {@link LostAnswerReconciling}.
 */
@InContainerTest
class IyzicoReconcilerIT extends LostAnswerReconciling {

    @Deployment
    static EnterpriseArchive deployment() {
        return deploymentOf(IyzicoReconcilerIT.class);
    }

    /** The shopper's side (test JVM only): iyzico charged the card, Kervan never heard, the payment is pending. */
    @BeforeAll
    static void anAuthWhoseAnswerIsLost() throws Exception {
        lost = IyzicoReconcilerClient.payWithLostAuthAnswer();
    }

    @Override
    void assertSettledOnce(LostAnswer lost) {
        IyzicoReconcilerClient.assertSettledOnce(lost);
    }
}
