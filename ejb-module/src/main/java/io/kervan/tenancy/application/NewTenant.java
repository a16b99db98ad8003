package io.kervan.tenancy.application;

/** A shop to open, with the owner account it starts with. */
public record NewTenant(String slug, String displayName, String defaultCurrency, String defaultLocale,
                        String ownerEmail, String ownerPassword, String ownerFullName) {
}
