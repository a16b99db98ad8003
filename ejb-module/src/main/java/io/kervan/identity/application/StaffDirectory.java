package io.kervan.identity.application;

import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.StaffMember;
import io.kervan.identity.domain.StaffMembers;
import io.kervan.identity.domain.StaffRole;
import io.kervan.identity.domain.EmailAddress;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The current shop's staff accounts. Owners and admins add members, change their roles and deactivate them ({@link StaffRole#mayAdd},
 * {@link StaffRole#mayManage}); a deactivated member's tokens end when the deactivation commits.
 */
@Stateless
public class StaffDirectory {

    @Inject
    StaffMembers members;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<TokensEnded> ended;

    /** The first account of a new shop; only the platform calls this, while it opens the shop. */
    public StaffView addOwner(String email, String password, String fullName) {
        return store(new NewStaffMember(email, password, fullName, StaffRole.OWNER));
    }

    public StaffView add(StaffRole actingRole, NewStaffMember request) {
        if (!actingRole.mayAdd(request.role())) {
            throw new KervanException(IdentityError.ROLE_NOT_ALLOWED,
                    "A " + actingRole.group() + " cannot add a " + request.role().group());
        }
        return store(request);
    }

    /** @param actorId the signed-in owner or admin who asks */
    public StaffView deactivate(UUID actorId, UUID memberId) {
        StaffMember actor = load(actorId);
        StaffMember member = members.find(memberId).orElseThrow(StaffDirectory::notFound);
        long activeOwners = member.role() == StaffRole.OWNER ? members.lockActiveOwners() : 0;
        member.deactivateBy(actor, activeOwners);
        ended.fire(new TokensEnded(Realm.STAFF, member.id()));
        return StaffView.of(member);
    }

    /**
     * Gives a member another role ({@link StaffMember#changeRoleBy}); their tokens end when the change commits, so
     * they sign in again with the new role.
     *
     * @param actorId the signed-in owner or admin who asks
     */
    public StaffView changeRole(UUID actorId, UUID memberId, StaffRole role) {
        StaffMember actor = load(actorId);
        StaffMember member = members.find(memberId).orElseThrow(StaffDirectory::notFound);
        long activeOwners = member.role() == StaffRole.OWNER ? members.lockActiveOwners() : 0;
        if (member.changeRoleBy(actor, role, activeOwners)) {
            ended.fire(new TokensEnded(Realm.STAFF, member.id()));
        }
        return StaffView.of(member);
    }

    /** The member can sign in again; tokens they held before the deactivation stay ended. */
    public StaffView reactivate(UUID actorId, UUID memberId) {
        StaffMember actor = load(actorId);
        StaffMember member = members.find(memberId).orElseThrow(StaffDirectory::notFound);
        member.reactivateBy(actor);
        return StaffView.of(member);
    }

    public List<StaffView> list() {
        return members.listAll().stream().map(StaffView::of).toList();
    }

    private StaffMember load(UUID actorId) {
        return members.find(actorId).orElseThrow(() -> new KervanException(IdentityError.TOKEN_REVOKED,
                "The account of this token no longer exists; sign in again"));
    }

    private static KervanException notFound() {
        return new KervanException(IdentityError.STAFF_NOT_FOUND, "This shop has no staff member with this id");
    }

    private StaffView store(NewStaffMember request) {
        String email = EmailAddress.normalize(request.email());
        if (members.findByEmail(email).isPresent()) {
            throw new KervanException(IdentityError.EMAIL_TAKEN, "This shop already has a staff account for " + email);
        }
        StaffMember member = new StaffMember(email, hasher.hash(request.password()), request.fullName(),
                request.role());
        members.add(member);
        return StaffView.of(member);
    }
}
