package io.kervan.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's staff; the tenant filter is applied below this interface. */
public interface StaffMembers {

    Optional<StaffMember> find(UUID id);

    Optional<StaffMember> findByEmail(String email);


    /** Counts the active owners and locks their rows until the transaction ends. */
    long lockActiveOwners();

    List<StaffMember> listAll();

    void add(StaffMember member);
}
