package io.kervan.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted for one key (an account of a realm, or a client address) within a window. Reaching the limit
 * locks the key for one window. Kept in PostgreSQL so every node sees the same count.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottleEntry {

    @Id
    @Column(name = "throttle_key", length = 400)
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottleEntry() {
        // for JPA
    }

    public void recordFailure(Instant now, Duration window, int limit) {
        if (windowStartedAt.plus(window).isBefore(now)) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(window);
        }
    }

    /** How long the key stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    public int failures() {
        return failures;
    }
}
