package io.kervan.identity.domain;

import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who runs a shop: its owner, an admin or a staff member. A deactivated member cannot sign in and their
 * tokens end at once; reactivation lets them sign in again but does not bring those tokens back.
 */
@Entity
@Table(name = "staff_members")
public class StaffMember extends TenantOwned implements Account {

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

    @Column(name = "token_version", nullable = false)
    private long tokenVersion;

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

    @Override
    public boolean canSignInWith(String password) {
        return active && PasswordHash.matches(password, passwordHash);
    }

    @Override
    public boolean mayResetPassword() {
        return active;
    }

    @Override
    public void replacePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        endTokens();
    }

    @Override
    public void endTokens() {
        tokenVersion++;
    }

    /**
     * Deactivated by {@code actor}, who may manage this member's role and is someone else.
     *
     * @param activeOwners the shop's active owners, counted under a lock, so two owners cannot deactivate each other
     *                     at once
     */
    public void deactivateBy(StaffMember actor, long activeOwners) {
        requireManageableBy(actor, "deactivate");
        if (!active) {
            return;
        }
        if (role == StaffRole.OWNER && activeOwners <= 1) {
            throw new KervanException(IdentityError.LAST_OWNER,
                    "This is the shop's last active owner; a shop cannot be left without one");
        }
        active = false;
        endTokens();
    }

    /**
     * Given {@code newRole} by {@code actor}, someone else whose role allows it ({@link StaffRole#mayChangeRole});
     * the member's tokens end, since they carry the old role.
     *
     * @param activeOwners the shop's active owners, counted under a lock (as for deactivation)
     * @return whether the role changed (giving the role a member has already changes nothing)
     */
    public boolean changeRoleBy(StaffMember actor, StaffRole newRole, long activeOwners) {
        if (actor.id().equals(id())) {
            throw new KervanException(IdentityError.OWN_ACCOUNT,
                    "You cannot change your own role; ask another owner");
        }
        if (!actor.role().mayChangeRole(role, newRole)) {
            throw new KervanException(IdentityError.ROLE_NOT_ALLOWED,
                    "A " + actor.role().group() + " cannot change a " + role.group() + " into a " + newRole.group());
        }
        if (newRole == role) {
            return false;
        }
        if (role == StaffRole.OWNER && active && activeOwners <= 1) {
            throw new KervanException(IdentityError.LAST_OWNER,
                    "This is the shop's last active owner; a shop cannot be left without one");
        }
        role = newRole;
        endTokens();
        return true;
    }

    public void reactivateBy(StaffMember actor) {
        requireManageableBy(actor, "reactivate");
        active = true;
    }

    private void requireManageableBy(StaffMember actor, String action) {
        if (actor.id().equals(id())) {
            throw new KervanException(IdentityError.OWN_ACCOUNT,
                    "You cannot " + action + " your own account; ask the shop's owner");
        }
        if (!actor.role().mayManage(role)) {
            throw new KervanException(IdentityError.ROLE_NOT_ALLOWED,
                    "A " + actor.role().group() + " cannot " + action + " a " + role.group());
        }
    }

    @Override
    public long tokenVersion() {
        return tokenVersion;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String name() {
        return fullName;
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
