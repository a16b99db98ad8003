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

    /** Who may deactivate and reactivate whom: owners anyone (another owner too), admins staff, staff nobody. */
    public boolean mayManage(StaffRole role) {
        return switch (this) {
            case OWNER -> true;
            case ADMIN -> role == STAFF;
            case STAFF -> false;
        };
    }
}
