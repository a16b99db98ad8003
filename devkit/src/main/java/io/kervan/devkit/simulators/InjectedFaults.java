package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Faults injected per endpoint of a simulator, and the serving of one request under them: a {@link SimulatedFault}
 * applies to the next {@code times} requests of its endpoint, then the endpoint behaves again.
 */
final class InjectedFaults<E extends Enum<E>> {

    private record Pending(SimulatedFault fault, int times) {
    }

    private final Map<E, Pending> pending;
    private volatile Duration delay = Duration.ofSeconds(15);

    InjectedFaults(Class<E> endpoints) {
        this.pending = new EnumMap<>(endpoints);
    }

    synchronized void failNext(E endpoint, SimulatedFault fault, int times) {
        if (times <= 0) {
            pending.remove(endpoint);
        } else {
            pending.put(endpoint, new Pending(fault, times));
        }
    }

    /** How long {@link SimulatedFault#HANG} holds a connection and {@link SimulatedFault#SLOW_ANSWER} waits. */
    void delay(Duration delay) {
        this.delay = delay;
    }

    /**
     * Serves one request of {@code endpoint}: {@code operation} computes the answer (and carries the request out)
     * unless the fault says it never reaches the provider. The caller closes the exchange, which closes the
     * connection when nothing was answered.
     */
    void serve(HttpExchange exchange, E endpoint, Supplier<Reply> operation) throws IOException {
        SimulatedFault fault = take(endpoint);
        if (fault == SimulatedFault.SERVER_ERROR) {
            SimulatorHttp.send(exchange, Reply.html(500, "<html><body><h1>500 Internal Server Error</h1></body>"
                    + "</html>"));
            return;
        }
        if (fault == SimulatedFault.HANG) {
            pause();
            return;
        }
        Reply reply = operation.get();
        if (fault == SimulatedFault.LOST_ANSWER) {
            return;
        }
        if (fault == SimulatedFault.SLOW_ANSWER) {
            pause();
        }
        SimulatorHttp.send(exchange, reply);
    }

    private synchronized SimulatedFault take(E endpoint) {
        Pending next = pending.get(endpoint);
        if (next == null) {
            return null;
        }
        if (next.times() > 1) {
            pending.put(endpoint, new Pending(next.fault(), next.times() - 1));
        } else {
            pending.remove(endpoint);
        }
        return next.fault();
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }
}
