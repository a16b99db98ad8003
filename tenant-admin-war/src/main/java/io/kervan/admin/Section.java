package io.kervan.admin;

import io.kervan.identity.domain.StaffRole;

/**
 * The panel's sections, in the order the menu lists them: each its address (under {@code /admin}), its menu text
 * and the permission that opens it ({@code null}: every member). See docs/admin.md for adding one.
 */
public enum Section {
    DASHBOARD("/", "menu.dashboard", null),
    ORDERS("/orders", "menu.orders", Permission.SEE_ORDERS),
    CATALOG("/catalog", "menu.catalog", Permission.SEE_CATALOG),
    INTEGRATIONS("/integrations", "menu.integrations", Permission.MANAGE_INTEGRATIONS),
    LOGS("/logs", "menu.logs", Permission.SEE_WEBHOOK_LOG),
    ESIM("/esim", "menu.esim", Permission.MANAGE_ESIM),
    STAFF("/staff", "menu.staff", Permission.MANAGE_STAFF),
    ESCROW("/escrow", "menu.escrow", Permission.SEE_ESCROW),
    SETTINGS("/settings", "menu.settings", Permission.SHOP_SETTINGS);

    private final String path;
    private final String textKey;
    private final Permission permission;

    Section(String path, String textKey, Permission permission) {
        this.path = path;
        this.textKey = textKey;
        this.permission = permission;
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

    public boolean openTo(StaffRole role) {
        return permission == null || permission.allows(role);
    }
}
