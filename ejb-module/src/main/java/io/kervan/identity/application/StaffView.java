package io.kervan.identity.application;

import io.kervan.identity.domain.StaffMember;

import java.time.Instant;
import java.util.UUID;

public record StaffView(UUID id, String email, String fullName, String role, boolean active, Instant createdAt) {

    static StaffView of(StaffMember member) {
        return new StaffView(member.id(), member.email(), member.fullName(), member.role().group(), member.active(),
                member.createdAt());
    }
}
