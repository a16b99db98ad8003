package io.kervan.shared.domain;

import java.util.Optional;
import java.util.UUID;

/** Remembers which request an Idempotency-Key was first used for, and what it created. */
public interface IdempotencyKeys {

    /** What a key was used for before. */
    record Earlier(String requestHash, UUID resourceId) {
    }

    /**
     * Claims {@code key} for this request. If another request already holds it, waits for that one's transaction
     * and returns what it stored.
     */
    Optional<Earlier> claim(String scope, String key, String requestHash);

    void complete(String scope, String key, UUID resourceId);
}
