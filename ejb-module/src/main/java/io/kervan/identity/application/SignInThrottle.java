package io.kervan.identity.application;

import io.kervan.identity.domain.SignInThrottleEntries;
import io.kervan.identity.domain.SignInThrottleEntry;
import io.kervan.shared.domain.TooManyRequestsException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: too many failures for one account, or from one client address, within
 * {@code kervan.security.sign-in.window} lock that key for a window. Failures are recorded in their own transaction,
 * so they survive the rollback of the sign-in that failed. Keys are made by {@link ThrottleKeys}. The same counts
 * ration what may be asked for only so often (password reset mails), each use counting like a failure.
 */
@Stateless
public class SignInThrottle {

    @Inject
    SignInThrottleEntries entries;

    @Inject
    @ConfigProperty(name = "kervan.security.sign-in.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "kervan.security.sign-in.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "kervan.security.sign-in.max-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void requireNotLocked(String accountKey, String addressKey) {
        Instant now = Instant.now();
        for (String key : new String[] {accountKey, addressKey}) {
            entries.find(key).flatMap(entry -> entry.lockedFor(now)).ifPresent(wait -> {
                throw new TooManyRequestsException(
                        "Too many failed sign-ins; try again in " + Math.max(1, wait.toMinutes()) + " minute(s)",
                        wait);
            });
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String accountKey, String addressKey) {
        Instant now = Instant.now();
        entries.lock(accountKey).recordFailure(now, window, maxFailuresPerAccount);
        entries.lock(addressKey).recordFailure(now, window, maxFailuresPerAddress);
    }

    /**
     * Counts one use under {@code key}, at most {@code limit} a window.
     *
     * @return how long the key stays refused, when it has had its {@code limit} already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Duration> use(String key, int limit) {
        Instant now = Instant.now();
        SignInThrottleEntry entry = entries.lock(key);
        Optional<Duration> refused = entry.lockedFor(now);
        if (refused.isEmpty()) {
            entry.recordFailure(now, window, limit);
        }
        return refused;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String accountKey) {
        entries.clear(accountKey);
    }
}
