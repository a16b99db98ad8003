package io.kervan.identity.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleEntryTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

    private SignInThrottleEntry freshEntry() throws ReflectiveOperationException {
        SignInThrottleEntry entry = new SignInThrottleEntry();
        Field started = SignInThrottleEntry.class.getDeclaredField("windowStartedAt");
        started.setAccessible(true);
        started.set(entry, start);
        return entry;
    }

    @Test
    void the_limit_th_failure_locks_for_a_window() throws Exception {
        SignInThrottleEntry entry = freshEntry();
        for (int i = 0; i < 4; i++) {
            entry.recordFailure(start.plusSeconds(i), WINDOW, 5);
        }
        assertThat(entry.lockedFor(start.plusSeconds(5))).isEmpty();

        entry.recordFailure(start.plusSeconds(5), WINDOW, 5);
        assertThat(entry.lockedFor(start.plusSeconds(6))).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofMinutes(14), WINDOW));
        assertThat(entry.lockedFor(start.plusSeconds(5).plus(WINDOW).plusSeconds(1))).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_a_window_start_counting_again() throws Exception {
        SignInThrottleEntry entry = freshEntry();
        for (int i = 0; i < 4; i++) {
            entry.recordFailure(start, WINDOW, 5);
        }
        entry.recordFailure(start.plus(WINDOW).plusSeconds(1), WINDOW, 5);
        assertThat(entry.failures()).isEqualTo(1);
        assertThat(entry.lockedFor(start.plus(WINDOW).plusSeconds(2))).isEmpty();
    }
}
