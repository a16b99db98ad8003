package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.CallGuards;
import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Fault tolerance for calls to providers, per integration (a shop's provider account), with the engine WildFly ships
 * (SmallRye Fault Tolerance's programmatic {@link Guard}). MicroProfile's annotations would give one breaker per
 * method for the whole server, so one shop's dead endpoint would stop every shop's calls.
 * <ul>
 *   <li>{@link #call}: one call to an integration's provider, as its caller sees it. Each integration has its own
 *       bulkhead (so many calls at once, so many waiting: a slow provider holds a bounded number of request threads)
 *       and its own circuit breaker, which counts the call's final outcome once, however often it was tried inside.
 *       Only "no answer" counts as a failure (the caller says which of its exceptions mean that, and a timeout here
 *       does); a refusal is an answer. An open breaker or a full bulkhead sends nothing:
 *       {@link CallNotSentException}, with when to try again.</li>
 *   <li>{@link #retried}: an idempotent request tried again when it got no answer, inside a {@link #call}.</li>
 * </ul>
 * Settings (MicroProfile Config): {@code kervan.providers.breaker.failure-ratio}, {@code .request-volume},
 * {@code .delay}; {@code kervan.providers.bulkhead.limit}, {@code .queue}; {@code kervan.providers.timeout}.
 */
@ApplicationScoped
public class ProviderCalls implements CallGuards {

    /** How an idempotent request is retried; a constant of its caller's (guards are built once per value). */
    public record Retries(int maxRetries, Duration delay, Predicate<Throwable> unanswered) {
    }

    @Inject
    @ConfigProperty(name = "kervan.providers.breaker.failure-ratio", defaultValue = "0.5")
    double failureRatio;

    @Inject
    @ConfigProperty(name = "kervan.providers.breaker.request-volume", defaultValue = "10")
    int requestVolume;

    @Inject
    @ConfigProperty(name = "kervan.providers.breaker.delay", defaultValue = "PT30S")
    Duration breakerDelay;

    @Inject
    @ConfigProperty(name = "kervan.providers.bulkhead.limit", defaultValue = "4")
    int bulkheadLimit;

    @Inject
    @ConfigProperty(name = "kervan.providers.bulkhead.queue", defaultValue = "4")
    int bulkheadQueue;

    @Inject
    @ConfigProperty(name = "kervan.providers.timeout", defaultValue = "PT30S")
    Duration timeout;

    private final ConcurrentMap<UUID, Circuit> circuits = new ConcurrentHashMap<>();
    private final ConcurrentMap<Retries, Guard> retries = new ConcurrentHashMap<>();

    public ProviderCalls() {
        // for CDI
    }

    /** For tests, outside a server. */
    ProviderCalls(double failureRatio, int requestVolume, Duration breakerDelay, int bulkheadLimit,
                  int bulkheadQueue, Duration timeout) {
        this.failureRatio = failureRatio;
        this.requestVolume = requestVolume;
        this.breakerDelay = breakerDelay;
        this.bulkheadLimit = bulkheadLimit;
        this.bulkheadQueue = bulkheadQueue;
        this.timeout = timeout;
    }

    /**
     * Makes {@code call} as one call to the provider of integration {@code integrationId}.
     *
     * @param unanswered which of the call's exceptions mean the provider did not answer (they count against it)
     * @throws CallNotSentException   the breaker is open or the bulkhead full; nothing was sent
     * @throws CallTimedOutException  no final answer within the timeout; the provider may have acted
     */
    public <T> T call(UUID integrationId, Predicate<Throwable> unanswered, Supplier<T> call) {
        Circuit circuit = circuits.computeIfAbsent(integrationId, id -> newCircuit());
        try {
            return inThisModule(() -> circuit.admission().get(() -> circuit.breaker().get(() -> {
                try {
                    return call.get();
                } catch (RuntimeException e) {
                    throw unanswered.test(e) ? new Unanswered(e) : e;
                }
            }, anything()), anything()));
        } catch (Unanswered e) {
            throw e.failure;
        } catch (CircuitBreakerOpenException e) {
            throw new CallNotSentException(CallNotSentException.Why.PAUSED, circuit.untilClosed(breakerDelay));
        } catch (BulkheadException e) {
            throw new CallNotSentException(CallNotSentException.Why.BUSY, Duration.ofSeconds(1));
        } catch (TimeoutException e) {
            throw new CallTimedOutException(timeout);
        }
    }

    /** Tries an idempotent {@code request} again, after a pause, while it ends in an unanswered exception. */
    public <T> T retried(Retries policy, Supplier<T> request) {
        Guard guard = retries.computeIfAbsent(policy, p -> inThisModule(() -> Guard.create()
                .withRetry().maxRetries(p.maxRetries()).delay(p.delay().toMillis(), ChronoUnit.MILLIS)
                .jitter(p.delay().toMillis() / 2, ChronoUnit.MILLIS).whenException(p.unanswered()).done()
                .build()));
        return inThisModule(() -> guard.get(request, anything()));
    }

    @Override
    public void forget(UUID integrationId) {
        circuits.remove(integrationId);
    }

    private Circuit newCircuit() {
        AtomicLong openedAt = new AtomicLong(System.nanoTime());
        Guard admission = inThisModule(() -> Guard.create()
                .withBulkhead().limit(bulkheadLimit).with(b -> {
                    if (bulkheadQueue > 0) {
                        b.queueSize(bulkheadQueue).enableSynchronousQueueing();
                    }
                }).done()
                .build());
        Guard breaker = inThisModule(() -> Guard.create()
                .withCircuitBreaker().failureRatio(failureRatio).requestVolumeThreshold(requestVolume)
                .delay(breakerDelay.toMillis(), ChronoUnit.MILLIS)
                .when(t -> t instanceof Unanswered || t instanceof TimeoutException)
                .onStateChange(state -> {
                    if (state == CircuitBreakerState.OPEN) {
                        openedAt.set(System.nanoTime());
                    }
                }).done()
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .build());
        return new Circuit(admission, breaker, openedAt);
    }

    /**
     * Runs with this module's class loader as the context class loader, as the engine needs when it builds a guard
     * and when a guard first runs: it finds its implementation through that loader (once, for the whole server) and
     * its CDI beans through the deployment that loader belongs to, which a web module's loader does not show it.
     */
    private static <T> T inThisModule(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        ClassLoader own = ProviderCalls.class.getClassLoader();
        if (caller == own) {
            return work.get();
        }
        thread.setContextClassLoader(own);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> anything() {
        return (Class<T>) Object.class;
    }

    /** An integration's bulkhead, outside its breaker, so a full bulkhead is no failure of the provider's. */
    private record Circuit(Guard admission, Guard breaker, AtomicLong openedAt) {

        Duration untilClosed(Duration delay) {
            Duration open = Duration.ofNanos(System.nanoTime() - openedAt.get());
            return delay.minus(open).isNegative() ? Duration.ofSeconds(1) : delay.minus(open);
        }
    }

    /** Carries a caller's "no answer" through the breaker, which counts it. */
    private static final class Unanswered extends RuntimeException {

        private final RuntimeException failure;

        Unanswered(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }
}
