package io.kervan.integrations.application;

import io.kervan.integrations.domain.AuditEntry;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as staff read it; {@code actor} as it has always been shown, {@code actor_id} their account. */
public record AuditView(UUID id, String actor, String actorKind, UUID actorId, String actorName, String action,
                        String subjectType, UUID subjectId, String details, Instant at) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), e.actor().label(), e.actor().kind().code(), e.actor().id(), e.actor().name(),
                e.action(), e.subjectType(), e.subjectId(), e.details(), e.at());
    }
}
