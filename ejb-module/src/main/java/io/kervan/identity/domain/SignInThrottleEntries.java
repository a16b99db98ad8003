package io.kervan.identity.domain;

import java.util.Optional;

/** The counts of failed sign-ins (and rationed uses) by throttle key, shared by every node through the database. */
public interface SignInThrottleEntries {

    Optional<SignInThrottleEntry> find(String key);

    /**
     * The key's entry, created with no failures when it has none, and locked for the caller's transaction, so that
     * concurrent failures are counted one after the other.
     */
    SignInThrottleEntry lock(String key);

    void clear(String key);
}
