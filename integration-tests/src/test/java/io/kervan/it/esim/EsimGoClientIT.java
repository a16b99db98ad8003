package io.kervan.it.esim;

import io.kervan.esim.domain.BundleStatus;
import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.EsimProviderRateLimitedException;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.esim.domain.InstallDetails;
import io.kervan.esim.domain.OrderItem;
import io.kervan.esim.domain.OrderQuote;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The eSIM Go client as the fulfillment job will use it, inside the server (CDI, Fault Tolerance), against the
 * simulator in the test JVM: every call of the contract, and an order that fails is never retried. Steps alternate:
 * the test JVM injects faults and counts what the simulator saw ({@link EsimClientSteps}); the server calls. JUnit's
 * assertions here, as AssertJ is not in the deployment.
 */
@InContainerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EsimGoClientIT {

    private static final String BUNDLE = "esim_1GB_7D_TR_V2";
    /** The simulator (test JVM only); typed loosely so that the server never needs its class. */
    private static AutoCloseable esimGo;

    @Inject
    EsimProvider client;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EsimGoClientIT.class);
    }

    @BeforeAll
    static void startEsimGo() {
        esimGo = EsimClientSteps.start();
    }

    @AfterAll
    static void stopEsimGo() throws Exception {
        esimGo.close();
    }

    /** The integration these calls are made for: their circuit breaker and bulkhead are its own. */
    private static final UUID INTEGRATION = UUID.fromString("00000000-0000-4000-8000-0000e51a0001");

    /** Where the test JVM's simulator listens; computed on both sides from the server's port offset. */
    static ProviderAccount account(String key) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new ProviderAccount(INTEGRATION, ProviderType.ESIMGO, CredentialMode.TEST,
                "http://127.0.0.1:" + (9000 + offset) + "/v2.4", Map.of("api_key", Secret.of(key)), Map.of());
    }

    private ProviderAccount account() {
        return account(EsimClientSteps.KEY);
    }

    @Test
    @Order(1)
    void every_call_of_the_contract_reads_eSIM_Go_into_Kervans_types() {
        var page = client.catalogue(account(), 2, 100);
        assertEquals(100, page.items().size());
        assertEquals(11, page.pageCount());

        OrderQuote quote = client.validate(account(), List.of(new OrderItem(BUNDLE, 2)));
        assertTrue(quote.valid());
        assertEquals("USD", quote.currency());
        assertFalse(client.validate(account(), List.of(new OrderItem("esim_none", 1))).valid());

        EsimOrder order = client.order(account(), List.of(new OrderItem(BUNDLE, 1)));
        assertTrue(order.isCompleted());
        assertEquals(BUNDLE, order.lines().get(0).bundleName());
        InstallDetails esim = order.esims().get(0);
        assertTrue(esim.iccid().matches("\\d{19}"));
        assertEquals("LPA:1$" + esim.smdpAddress() + "$" + esim.matchingId(), esim.lpa());

        assertEquals(order.esims(), client.findOrder(account(), order.reference()).orElseThrow().esims());
        assertTrue(client.findOrder(account(), "00000000-0000-0000-0000-000000000000").isEmpty());
        assertEquals(order.reference(), client.orders(account(), 1, 10).items().get(0).reference());
        List<InstallDetails> installs = client.assignments(account(), order.reference());
        assertEquals(esim.matchingId(), installs.get(0).matchingId());
        assertEquals("Released", installs.get(0).profileStatus());

        BundleStatus status = client.bundleStatus(account(), esim.iccid(), BUNDLE);
        assertEquals("queued", status.assignments().get(0).state());
        assertEquals(1_000_000_000L, status.assignments().get(0).remainingBytes());

        EsimProviderRefusedException refused = assertThrows(EsimProviderRefusedException.class,
                () -> client.catalogue(account("esimgo-unknown-key"), 1, 1));
        assertEquals(403, refused.status());
    }

    @Test
    @Order(2)
    @RunAsClient
    void eSIM_Go_received_the_contracts_one_order_and_will_fail_the_next_with_a_500() {
        EsimClientSteps.assertOneOrderThenFailTheNext(esimGo);
    }

    @Test
    @Order(3)
    void an_order_without_an_answer_is_reported_as_possibly_placed_and_not_retried() {
        EsimProviderUnavailableException unanswered = assertThrows(EsimProviderUnavailableException.class,
                () -> client.order(account(), List.of(new OrderItem(BUNDLE, 1))));
        assertTrue(unanswered.detail().contains("may have been placed"), unanswered.detail());
    }

    @Test
    @Order(4)
    @RunAsClient
    void the_failed_order_was_sent_once_and_eSIM_Go_now_limits_then_assigns_slowly() {
        EsimClientSteps.assertOneFailedOrderThenLimit(esimGo);
    }

    @Test
    @Order(5)
    void a_rate_limited_order_is_not_retried_and_a_slow_assignment_shows_no_esims_until_it_is_made() {
        EsimProviderRateLimitedException limited = assertThrows(EsimProviderRateLimitedException.class,
                () -> client.order(account(), List.of(new OrderItem(BUNDLE, 1))));
        assertEquals(Duration.ofSeconds(7), limited.retryAfter());

        EsimOrder processing = client.order(account(), List.of(new OrderItem(BUNDLE, 1)));
        assertFalse(processing.isCompleted());
        assertTrue(processing.esims().isEmpty());
        assertTrue(client.assignments(account(), processing.reference()).isEmpty());
        await("the slow assignment is made").atMost(Duration.ofSeconds(20))
                .until(() -> client.assignments(account(), processing.reference()).size() == 1);
        assertTrue(client.findOrder(account(), processing.reference()).orElseThrow().isCompleted());
    }

    @Test
    @Order(6)
    @RunAsClient
    void eSIM_Go_saw_each_order_once() {
        EsimClientSteps.assertOrdersSentOnce(esimGo);
    }
}
