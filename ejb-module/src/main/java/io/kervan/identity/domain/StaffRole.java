package io.kervan.identity.domain;

import java.util.Locale;

/** What a shop's staff member may do; the role's name is the group in their token. */
public enum StaffRole {
    OWNER, ADMIN, STAFF;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Owners add admins and staff; admins add staff; nobody adds another owner. */
    public boolean mayAdd(StaffRole role) {
        return switch (this) {
            case OWNER -> role != OWNER;
            case ADMIN -> role == STAFF;
            case STAFF -> false;
        };
    }

    /**
     * Who may change a member's role from {@code from} to {@code to}: the same rules as adding and managing (admins
     * change only staff, to roles they may add), except that an owner may also make someone an owner.
     */
    public boolean mayChangeRole(StaffRole from, StaffRole to) {
        return mayManage(from) && (this == OWNER || mayAdd(to));
    }

    /** Who may deactivate and reactivate whom: owners anyone (another owner too), admins staff, staff nobody. */
    public boolean mayManage(StaffRole role) {
        return switch (this) {
            case OWNER -> true;
            case ADMIN -> role == STAFF;
            case STAFF -> false;
        };
    }
}
