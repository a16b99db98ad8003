package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.Tenant;

/**
 * A shop's settings as its staff see them. {@code escrowAutoReleaseDays} is what the shop chose (null: never chose,
 * the platform's default applies); {@code escrowReleaseWindowDays} what applies now (null: release on delivery).
 */
public record ShopSettingsView(String slug, String displayName, String logoUrl, String primaryColor,
                               String defaultLocale, String defaultCurrency, boolean escrowEnabled,
                               Integer escrowAutoReleaseDays, Integer escrowReleaseWindowDays) {

    static ShopSettingsView of(Tenant tenant, Integer releaseWindowDays) {
        return new ShopSettingsView(tenant.slug(), tenant.displayName(), tenant.logoUrl(), tenant.primaryColor(),
                tenant.defaultLocale(), tenant.defaultCurrency(), tenant.escrowEnabled(),
                tenant.escrowAutoReleaseDays(), releaseWindowDays);
    }
}
