package io.kervan.admin.catalog;

import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;

/** The catalog's own tabs (products, shipping methods, coupons): those the member may open, and the one shown. */
public record CatalogTabs(String current, boolean coupons) {

    static CatalogTabs of(StaffVisit visit, String current) {
        return new CatalogTabs(current, visit.may(Permission.MANAGE_COUPONS));
    }

    public String ariaCurrent(String tab) {
        return tab.equals(current) ? "page" : null;
    }
}
