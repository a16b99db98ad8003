package io.kervan.identity.application;

import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.StaffMember;
import io.kervan.identity.domain.StaffMembers;
import io.kervan.identity.domain.StaffRole;
import io.kervan.identity.domain.EmailAddress;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** The current shop's staff accounts. */
@Stateless
public class StaffDirectory {

    @Inject
    StaffMembers members;

    @Inject
    PasswordHasher hasher;

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

    public List<StaffView> list() {
        return members.listAll().stream().map(StaffView::of).toList();
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
