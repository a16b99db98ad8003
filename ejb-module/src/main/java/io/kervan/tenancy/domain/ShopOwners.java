package io.kervan.tenancy.domain;

/**
 * Where a new shop's owner gets their account. Accounts are identity's; tenancy, which identity depends on, knows them
 * only through this.
 */
public interface ShopOwners {

    /** Opens the current shop's owner account, in the caller's transaction; refuses what makes no valid account. */
    void open(String email, String password, String fullName);
}
