package io.kervan.esim.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /**
     * The assignment an eSIM Go order made (its reference is the order's), else the latest one: a bundle bought
     * again for the same eSIM is another assignment of the same name.
     */
    public Optional<Assignment> assignmentOf(String orderReference) {
        return assignments.stream().filter(a -> a.reference().equals(orderReference)).findFirst()
                .or(() -> assignments.stream().max(Comparator.comparing(Assignment::assignedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder()))));
    }
}
