package io.kervan.tenancy.domain;

import java.util.Locale;
import java.util.UUID;

/**
/**
 * An immutable snapshot of the tenant a request or a job works for, with how its pages look.
 *
 * @param logoUrl      null for the default theme
 * @param primaryColor {@code #rrggbb}, null for the default theme
 * @param tokenVersion raised by every suspension; a token signed for an older one is refused
 */
public record TenantRef(UUID id, String slug, String displayName, String defaultCurrency, Locale locale,
                        String logoUrl, String primaryColor, long tokenVersion) {
}
