package io.kervan.it.payments;

import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.it.payments.KuveytTurkShopper.Setup;
import io.kervan.it.support.KervanTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.kervan.it.payments.KuveytTurkShopper.create;
import static io.kervan.it.payments.KuveytTurkShopper.enterCard;
import static io.kervan.it.payments.KuveytTurkShopper.paymentColumn;
import static io.kervan.it.payments.KuveytTurkShopper.payUntilCallback;
import static io.kervan.it.payments.KuveytTurkShopper.post;
import static io.kervan.it.payments.KuveytTurkShopper.shopWithKuveyt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Shops are isolated in failure: each integration has its own circuit breaker and bulkhead, a call counts once
 * however often it was tried, and a call an open breaker holds back says that nothing was sent. Shop A's Kuveyt Türk
 * endpoint is broken (it hangs up, or never answers); shop B's Kuveyt Türk integration, on the bank's simulator, is
 * fine. The breaker opens after 10 unanswered calls in a row ({@code kervan.providers.breaker.*}, defaults).
 */
@KervanTest
class ProviderIsolationIT {

    private static KuveytTurkSimulator bank;

    @BeforeAll
    static void startBank() {
        bank = KuveytTurkShopper.startBank();
    }

    @AfterAll
    static void stopBank() {
        bank.close();
    }

    @Test
    void one_shops_dead_bank_endpoint_pauses_only_that_shops_calls_and_says_nothing_was_sent() throws Exception {
        try (BrokenEndpoint dead = BrokenEndpoint.hangingUp()) {
            Setup a = shopWithBankAt("iso-dead", dead);
            Setup b = shopWithKuveyt(bank, "iso-fine");

            // Every press is one call however often it was tried (three times): ten presses, ten failures.
            for (int press = 1; press <= 10; press++) {
                test(a).then().statusCode(200).body("integration.last_test_ok", equalTo(false))
                        .body("integration.last_test_message", allOf(containsString("did not answer"),
                                not(containsString("sent nothing"))));
            }
            assertThat(dead.connections()).isEqualTo(30);

            // Now A's breaker is open: a press sends nothing, and says so.
            test(a).then().statusCode(200).body("integration.last_test_ok", equalTo(false))
                    .body("integration.last_test_message", startsWith("Kervan sent nothing to Kuveyt Türk: "));
            Response created = create(a);
            created.then().statusCode(201);
            Response card = enterCard(a, created.path("payment_url"), KuveytTurkSimulator.TEST_CARD);
            card.then().statusCode(503).contentType(containsString("application/problem+json"))
                    .body("code", equalTo("provider_unavailable"))
                    .body("detail", allOf(startsWith("Kervan sent nothing to Kuveyt Türk: "),
                            not(containsString("may have been"))));
            assertThat(Integer.parseInt(card.header("Retry-After"))).isBetween(1, 30);
            assertThat(card.<Integer>path("retry_after_seconds")).isBetween(1, 30);
            assertThat(dead.connections()).isEqualTo(30);
            assertThat(paymentColumn("status", created.path("payment.payment_number"))).isEqualTo("PENDING");

            // Shop B, with the same kind of integration, is served at once: its test, a payment and a refund.
            test(b).then().statusCode(200).body("integration.last_test_ok", equalTo(true))
                    .body("integration.last_test_message", equalTo("Kuveyt Türk accepted the test API user"));
            b.shop().request().auth().oauth2(b.owner()).get("/api/integrations/" + b.integrationId() + "/").then()
                    .body("integration.last_test_ok", equalTo(true));
            Response paying = create(b);
            String number = paying.path("payment.payment_number");
            Response back = post(b, payUntilCallback(b, paying, KuveytTurkSimulator.TEST_CARD,
                    KuveytTurkSimulator.ACS_PASSWORD));
            assertThat(back.header("Location")).contains("status=completed");
            b.shop().request().auth().oauth2(b.owner()).body(Map.of("amount", "29.90"))
                    .post("/api/payments/" + paying.path("payment.id") + "/refund/").then().statusCode(200)
                    .body("payment.refunded_amount", equalTo("29.90"));
            assertThat(bank.charges(number)).isEqualTo(1);
            assertThat(bank.refunded(number)).isEqualTo(2990);
        }
    }

    @Test
    void a_bank_that_never_answers_costs_its_own_shop_the_wait_and_no_other_shop_anything() throws Exception {
        try (BrokenEndpoint silent = BrokenEndpoint.neverAnswering()) {
            Setup a = shopWithBankAt("iso-silent", silent);
            Setup b = shopWithKuveyt(bank, "iso-busy");

            CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> test(a));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (silent.connections() == 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(silent.connections()).isPositive();

            long started = System.nanoTime();
            test(b).then().statusCode(200).body("integration.last_test_ok", equalTo(true));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(waiting.isDone()).isFalse();

            waiting.get(60, TimeUnit.SECONDS).then().statusCode(200)
                    .body("integration.last_test_ok", equalTo(false))
                    .body("integration.last_test_message", containsString("did not answer"));
            assertThat(silent.connections()).isEqualTo(3);
        }
    }

    private static Response test(Setup s) {
        return s.shop().request().auth().oauth2(s.owner())
                .post("/api/integrations/" + s.integrationId() + "/test/");
    }

    /** A shop whose Kuveyt Türk integration points at {@code bank}, its SOAP service included. */
    private static Setup shopWithBankAt(String prefix, BrokenEndpoint bank) {
        Setup s = shopWithKuveyt(ProviderIsolationIT.bank, prefix);
        s.shop().request().auth().oauth2(s.owner()).body(Map.of("test_endpoint", bank.url()))
                .patch("/api/integrations/" + s.integrationId() + "/").then().statusCode(200);
        return s;
    }

    /** A bank endpoint on 127.0.0.1 that takes connections and hangs up on them, or never says a word. */
    private static final class BrokenEndpoint implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        private BrokenEndpoint(boolean hangUp) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        if (hangUp) {
                            socket.close();
                        } else {
                            held.add(socket);
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "broken-bank");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static BrokenEndpoint hangingUp() throws IOException {
            return new BrokenEndpoint(true);
        }

        static BrokenEndpoint neverAnswering() throws IOException {
            return new BrokenEndpoint(false);
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/boa.virtualpos.services";
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
