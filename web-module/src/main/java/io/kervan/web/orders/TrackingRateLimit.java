package io.kervan.web.orders;

import io.kervan.shared.domain.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code kervan.tracking.requests-per-minute} tracking look-ups per client address and minute, so order numbers
 * cannot be harvested by guessing. Counted per node (a fixed one-minute window): with N nodes behind a balancer the
 * limit is at most N times this.
 */
@ApplicationScoped
public class TrackingRateLimit {

    private record Window(long minute, AtomicInteger count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "kervan.tracking.requests-per-minute", defaultValue = "60")
    int perMinute;

    public void check(String address) {
        long nowMillis = System.currentTimeMillis();
        long minute = nowMillis / 60_000;
        Window window = windows.compute(address, (key, current) ->
                current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() > perMinute) {
            throw new TooManyRequestsException("Too many tracking requests from your address; try again shortly",
                    Duration.ofMillis((minute + 1) * 60_000 - nowMillis));
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
    }
}
