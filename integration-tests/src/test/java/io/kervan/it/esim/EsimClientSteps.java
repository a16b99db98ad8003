package io.kervan.it.esim;

import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.support.Api;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The test-JVM side of {@link EsimGoClientIT}, kept apart so that the server never loads it. */
final class EsimClientSteps {

    static final String KEY = "esimgo-client-test-key-0007";

    private EsimClientSteps() {
    }

    /** On the port {@link EsimGoClientIT#account} computes inside the server. */
    static AutoCloseable start() {
        EsimGoSimulator esimGo = EsimGoSimulator.start(9000 + Api.PORT_OFFSET);
        esimGo.addApiKey(KEY);
        return esimGo;
    }

    static void assertOneOrderThenFailTheNext(AutoCloseable simulator) {
        EsimGoSimulator esimGo = (EsimGoSimulator) simulator;
        assertThat(esimGo.ordersPlaced(KEY)).isEqualTo(1);
        assertThat(esimGo.requests()).filteredOn(r -> r.status() >= 500).isEmpty();
        esimGo.failNext(EsimGoSimulator.Fault.SERVER_ERROR, 1);
    }

    static void assertOneFailedOrderThenLimit(AutoCloseable simulator) {
        EsimGoSimulator esimGo = (EsimGoSimulator) simulator;
        assertThat(esimGo.requests()).filteredOn(r -> r.method().equals("POST") && r.status() == 500).hasSize(1);
        assertThat(esimGo.ordersPlaced(KEY)).isEqualTo(1);
        esimGo.retryAfter(7);
        esimGo.failNext(EsimGoSimulator.Fault.RATE_LIMIT, 1);
        esimGo.slowAssignments(Duration.ofSeconds(2));
    }

    static void assertOrdersSentOnce(AutoCloseable simulator) {
        EsimGoSimulator esimGo = (EsimGoSimulator) simulator;
        assertThat(esimGo.requests()).filteredOn(r -> r.method().equals("POST") && r.status() == 429).hasSize(1);
        assertThat(esimGo.ordersPlaced(KEY)).isEqualTo(2);
    }
}
