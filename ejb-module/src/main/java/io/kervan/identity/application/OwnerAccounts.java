package io.kervan.identity.application;

import io.kervan.tenancy.domain.ShopOwners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A new shop's owner, as a staff member with the owner role. */
@ApplicationScoped
public class OwnerAccounts implements ShopOwners {

    @Inject
    StaffDirectory staff;

    @Override
    public void open(String email, String password, String fullName) {
        staff.addOwner(email, password, fullName);
    }
}
