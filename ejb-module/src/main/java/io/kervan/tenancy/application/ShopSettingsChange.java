package io.kervan.tenancy.application;

/** What staff change in their shop's settings; null keeps a value, an empty logo or colour removes it. */
public record ShopSettingsChange(String displayName, String logoUrl, String primaryColor, String defaultLocale) {
}
