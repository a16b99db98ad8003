package io.kervan.tenancy.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * An immutable snapshot of the tenant a request or a job works for, with how its pages look: {@code logoUrl} and
 * {@code primaryColor} ({@code #rrggbb}) are null for the default theme.
 */
public record TenantRef(UUID id, String slug, String displayName, String defaultCurrency, Locale locale,
                        String logoUrl, String primaryColor) {
}
