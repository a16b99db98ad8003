package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.Tenant;

/** A shop's settings as its staff see them. */
public record ShopSettingsView(String slug, String displayName, String logoUrl, String primaryColor,
                               String defaultLocale, String defaultCurrency) {

    static ShopSettingsView of(Tenant tenant) {
        return new ShopSettingsView(tenant.slug(), tenant.displayName(), tenant.logoUrl(), tenant.primaryColor(),
                tenant.defaultLocale(), tenant.defaultCurrency());
    }
}
