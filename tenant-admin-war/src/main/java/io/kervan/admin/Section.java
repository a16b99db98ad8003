package io.kervan.admin;

import io.kervan.identity.domain.StaffRole;

/**
 * The panel's sections, in the order the menu lists them: each its address (under {@code /admin}), its menu text
 * and the permission that opens it ({@code null}: every member). A section that is not {@code built} yet answers
 * with a page that says so (for those allowed to open it; a 403 page for the others), so the menu and its rules are
 * in place before the page is. See docs/admin.md for adding one.
 */
public enum Section {
    DASHBOARD("/", "menu.dashboard", null, true),
    ORDERS("/orders", "menu.orders", Permission.SEE_ORDERS, true),
    CATALOG("/catalog", "menu.catalog", Permission.SEE_CATALOG, false),
    INTEGRATIONS("/integrations", "menu.integrations", Permission.MANAGE_INTEGRATIONS, true),
    LOGS("/logs", "menu.logs", Permission.SEE_WEBHOOK_LOG, true),
    ESIM("/esim", "menu.esim", Permission.MANAGE_ESIM, false),
    STAFF("/staff", "menu.staff", Permission.MANAGE_STAFF, true),
    ESCROW("/escrow", "menu.escrow", Permission.SEE_ESCROW, true),
    SETTINGS("/settings", "menu.settings", Permission.SHOP_SETTINGS, true);

    private final String path;
    private final String textKey;
    private final Permission permission;
    private final boolean built;

    Section(String path, String textKey, Permission permission, boolean built) {
        this.path = path;
        this.textKey = textKey;
        this.permission = permission;
        this.built = built;
    }

    /** The address a browser opens, such as {@code /admin/orders}. */
    public String href() {
        return AdminPanel.BASE + path;
    }

    public String path() {
        return path;
    }

    public String textKey() {
        return textKey;
    }

    public Permission permission() {
        return permission;
    }

    public boolean built() {
        return built;
    }

    public boolean openTo(StaffRole role) {
        return permission == null || permission.allows(role);
    }
}
