package io.kervan.devkit.simulators;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A simulator's clock: the real time, moved on by a test to reach "tomorrow" (same-day rules, expiries). */
final class SimulatorClock implements Supplier<Instant> {

    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant get() {
        return Instant.now().plus(offset);
    }
}
