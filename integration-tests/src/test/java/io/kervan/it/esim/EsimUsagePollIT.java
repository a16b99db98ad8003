package io.kervan.it.esim;

import io.kervan.esim.application.EsimUsagePoll;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
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

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The usage poll, run here inside the server as its timer would (the timer itself is off in tests): an eSIM whose
 * data was used while no callback reached Kervan gets its usage from eSIM Go's bundle status; a depleted eSIM and one
 * heard of within the interval are not asked about. The simulator and the HTTP checks live in the test JVM
 * ({@link EsimUsagePollClient}).
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EsimUsagePollIT {

    /** The simulator (test JVM only); typed loosely so that the server never needs its class. */
    private static AutoCloseable esimGo;

    @Inject
    EsimUsagePoll poll;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EsimUsagePollIT.class);
    }

    /** A customer uses data and no callback reaches Kervan (test JVM only). */
    @BeforeAll
    static void aCustomerUsesDataUnheardOf() {
        esimGo = EsimUsagePollClient.startEsimGo();
        EsimUsagePollClient.buyAndUseWithoutCallbacks(esimGo);
    }

    @AfterAll
    static void stopEsimGo() throws Exception {
        EsimUsagePollClient.disconnect();
        esimGo.close();
    }

    @Test
    @Order(1)
    void the_poll_asks_eSIM_Go_about_the_eSIM_heard_of_least_recently_first() {
        // The test's eSIMs were recorded "in 1998 to 2000", before any other test's: one batch of one takes the due
        // one, passing over the depleted one and the one heard of a moment ago.
        assertEquals(1, poll.pollDueAcrossTenants(Instant.now(), Duration.ofHours(1), 1));
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_customer_then_sees_the_data_left_and_only_the_due_eSIM_was_asked_about() {
        EsimUsagePollClient.assertOnlyTheDueEsimWasAskedAbout();
    }
}
