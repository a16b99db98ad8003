package io.kervan.tenancy.application;

/**
 * What staff change in their shop's settings; null keeps a value, an empty logo or colour removes it.
 * {@code escrowAutoReleaseDays} 0 means release on delivery.
 */
public record ShopSettingsChange(String displayName, String logoUrl, String primaryColor, String defaultLocale,
                                 Boolean escrowEnabled, Integer escrowAutoReleaseDays) {

    /** A change of how the shop looks only. */
    public ShopSettingsChange(String displayName, String logoUrl, String primaryColor, String defaultLocale) {
        this(displayName, logoUrl, primaryColor, defaultLocale, null, null);
    }
}
