package io.kervan.esim.domain;

import java.time.Instant;
import java.util.List;

/**
 * A bundle as it stands on one eSIM: each assignment of it with the data left. {@code state} is eSIM Go's
 * {@code bundleState}: processing, queued, active, depleted, expired, revoked (or lapsed).
 */
public record BundleStatus(String name, List<Assignment> assignments) {

    public record Assignment(String id, String reference, String state, long initialBytes, long remainingBytes,
                             boolean unlimited, Instant assignedAt) {
    }

    public BundleStatus {
        assignments = List.copyOf(assignments);
    }
}
