package io.kervan.web.shared;

import io.kervan.shared.domain.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits requests per client address and minute (a fixed one-minute window), per purpose: public tracking so order
 * numbers cannot be harvested, webhook intake so one source cannot flood it. Counted per node: with N nodes behind a
 * balancer a limit is at most N times what is configured.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request of {@code purpose} from {@code address}; over {@code perMinute}, a 429 with Retry-After. */
    public void check(String purpose, String address, int perMinute, String message) {
        long nowMillis = System.currentTimeMillis();
        long minute = nowMillis / 60_000;
        Window window = windows.compute(purpose + "|" + address, (key, current) ->
                current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() > perMinute) {
            throw new TooManyRequestsException(message, Duration.ofMillis((minute + 1) * 60_000 - nowMillis));
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
    }
}
