package io.kervan.identity.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person who runs a shop: its owner, an admin or a staff member. */
@Entity
@Table(name = "staff_members")
public class StaffMember extends TenantOwned {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** As typed (at most 120 characters), or the email address when none was given. */
    @Column(name = "full_name", nullable = false, length = 254)
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
        super(UUID.randomUUID());
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
