package io.kervan.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A person who runs a shop: its owner, an admin or a staff member. */
@Entity
@Table(name = "staff_members")
public class StaffMember {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StaffRole role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String email, String passwordHash, String fullName, StaffRole role) {
        this.id = UUID.randomUUID();
        this.email = EmailAddress.normalize(email);
        this.passwordHash = passwordHash;
        this.fullName = fullName == null || fullName.isBlank() ? this.email : fullName.strip();
        this.role = role;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public boolean canSignInWith(String password) {
        return active && PasswordHash.matches(password, passwordHash);
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public StaffRole role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
