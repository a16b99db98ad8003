package io.kervan.shared.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Remembers which request an Idempotency-Key was first used for, and what it created, so a retried request gets the
 * first one's result instead of creating a second. {@link #replay} is the claim-or-replay every use case with a key
 * goes through, and {@link #fingerprint} the one way a request is told apart from another.
 */
public interface IdempotencyKeys {

    /** A client's key, within a shop and a kind of request ({@code orders}, {@code payments}). */
    record Key(UUID tenantId, String scope, String value) {
    }

    /** What a key was used for before. */
    record Earlier(String requestHash, UUID resourceId) {
    }

    /**
     * Claims {@code key} for this request. If another request already holds it, waits for that one's transaction
     * and returns what it stored.
     */
    Optional<Earlier> claim(Key key, String requestHash);

    void complete(Key key, UUID resourceId);

    /**
     * Claims {@code key} for the request whose {@link #fingerprint} is given, in the caller's transaction. Empty when
     * it is the key's first request: the caller creates, then {@link #complete}s. Otherwise the id of what the first
     * request created, to answer with again. A key first used for another request, or by one that created nothing,
     * is refused with {@code reused} and {@code detail}.
     */
    default Optional<UUID> replay(Key key, String fingerprint, ErrorCode reused, String detail) {
        Optional<Earlier> earlier = claim(key, fingerprint);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash().equals(fingerprint) || earlier.get().resourceId() == null) {
            throw new KervanException(reused, detail);
        }
        return Optional.of(earlier.get().resourceId());
    }

    /**
     * What makes two requests "the same" for a key: the SHA-256 of everything the request says and who sends it,
     * given as values whose text says all of them (records, ids, enums).
     */
    static String fingerprint(Object... parts) {
        return Digests.sha256Hex(Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\0")));
    }
}
