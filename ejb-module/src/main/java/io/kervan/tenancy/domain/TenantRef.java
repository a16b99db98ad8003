package io.kervan.tenancy.domain;

import java.util.Locale;
import java.util.UUID;

/** An immutable snapshot of the tenant a request or a job works for. */
public record TenantRef(UUID id, String slug, String displayName, String defaultCurrency, Locale locale) {
}
