package io.kervan.integrations.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Who did what to which integration, and when; never the value of a secret. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends TenantOwned {

    @Embedded
    private Actor actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;

    @Column(updatable = false)
    private String details;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Actor actor, String action, String subjectType, UUID subjectId, String details) {
        super(UUID.randomUUID());
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details;
        this.at = Instant.now();
    }

    public Actor actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String details() {
        return details;
    }

    public Instant at() {
        return at;
    }
}
