package io.kervan.identity.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's staff; the tenant filter is applied below this interface. */
public interface StaffMembers {

    Optional<StaffMember> findByEmail(String email);

    List<StaffMember> listAll();

    void add(StaffMember member);
}
