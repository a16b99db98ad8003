package io.kervan.web.shared;

import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;
import java.util.Set;

/**
 * The language display names are given in: the first of Turkish, English and Russian that the client's
 * Accept-Language names, else the shop's own language.
 */
@ApplicationScoped
public class DisplayLocale {

    private static final Set<String> SUPPORTED = Set.of("tr", "en", "ru");

    @Inject
    TenantContext tenantContext;

    public Locale of(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if (SUPPORTED.contains(accepted.getLanguage())) {
                    return Locale.forLanguageTag(accepted.getLanguage());
                }
            }
        }
        return tenantContext.require().locale();
    }
}
