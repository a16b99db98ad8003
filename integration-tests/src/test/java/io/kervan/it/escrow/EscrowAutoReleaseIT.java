package io.kervan.it.escrow;

import io.kervan.escrow.application.EscrowAutoRelease;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic release, run here inside the server as its timer does, at a clock the test chooses: a shop that
 * releases three days after delivery gets the money of its delivered order released by the system once those days
 * are over, not before; a disputed or undelivered order's money stays held. The shop, its orders and the HTTP checks
 * live in the test JVM ({@link EscrowReleaseClient}).
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscrowAutoReleaseIT {

    @Inject
    EscrowAutoRelease autoRelease;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EscrowAutoReleaseIT.class);
    }

    /** Test JVM only: the shop and its three paid orders, one delivered, one disputed and delivered, one not. */
    @BeforeAll
    static void aShopWithAThreeDayWindow() {
        EscrowReleaseClient.setUp();
    }

    @Test
    @Order(1)
    void the_timer_at_delivery_time_releases_nothing_of_the_shop() {
        autoRelease.releaseDueAcrossTenants(Instant.now());
    }

    @Test
    @Order(2)
    @RunAsClient
    void so_the_delivered_order_is_still_held() {
        EscrowReleaseClient.assertStillHeld();
    }

    @Test
    @Order(3)
    void the_timer_four_days_later_releases_what_is_due() {
        // JUnit's assertions: AssertJ is not in the deployment this method runs in.
        assertTrue(autoRelease.releaseDueAcrossTenants(Instant.now().plus(Duration.ofDays(4))) >= 1);
    }

    @Test
    @Order(4)
    @RunAsClient
    void the_delivered_order_is_released_by_the_system_and_the_others_stay_held() {
        EscrowReleaseClient.assertReleasedBySystem();
    }
}
