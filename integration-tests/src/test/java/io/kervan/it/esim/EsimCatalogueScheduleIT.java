package io.kervan.it.esim;

import io.kervan.esim.application.CatalogueSchedule;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled catalogue sync, run here inside the server as its timer would (the timer itself is off in tests): a
 * shop connected to eSIM Go gets its catalogue without anyone asking, once per interval whatever the number of
 * calls. The simulator and the HTTP checks live in the test JVM ({@link EsimScheduleClient}); fields hold only plain
 * values so that this class also loads inside the server.
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EsimCatalogueScheduleIT {

    /** The simulator (test JVM only); typed loosely so that the server never needs its class. */
    private static AutoCloseable esimGo;
    private static String slug;

    @Inject
    CatalogueSchedule schedule;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EsimCatalogueScheduleIT.class);
    }

    /** A shop connects eSIM Go and has no products yet (test JVM only). */
    @BeforeAll
    static void aShopConnectsEsimGo() {
        esimGo = EsimScheduleClient.startEsimGo();
        slug = EsimScheduleClient.connect(esimGo);
    }

    @AfterAll
    static void stopEsimGo() throws Exception {
        EsimScheduleClient.disconnect();
        esimGo.close();
    }

    @Test
    @Order(1)
    void the_timer_syncs_every_connected_shop_that_is_due_and_then_none_until_the_interval_has_passed() {
        Instant now = Instant.now();
        // JUnit's assertions: AssertJ is not in the deployment this method runs in.
        assertTrue(schedule.syncDueAcrossTenants(now, Duration.ofHours(6)) > 0);
        assertEquals(0, schedule.syncDueAcrossTenants(now.plusSeconds(60), Duration.ofHours(6)));
    }

    @Test
    @Order(2)
    @RunAsClient
    void the_shop_then_has_the_catalogue_and_its_log_says_the_schedule_did_it() {
        EsimScheduleClient.assertSyncedBySchedule(slug);
    }
}
