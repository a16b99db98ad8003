package io.kervan.integrations.application;

import io.kervan.integrations.domain.AuditEntry;

import java.time.Instant;
import java.util.UUID;

public record AuditView(UUID id, String actor, String action, String subjectType, UUID subjectId, String details,
                        Instant at) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.details(), e.at());
    }
}
