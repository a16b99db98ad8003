package io.kervan.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A shop's public address ({@code kervan.storefront.url-template}, {@code {slug}} replaced), for every absolute link
 * Kervan gives out: mail, providers' return addresses, canonical URLs and the sitemap.
 */
@ApplicationScoped
public class ShopAddress {

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "kervan.storefront.url-template", defaultValue = "http://{slug}.localhost:8080")
    String template;

    /** The current shop's address without a trailing slash, such as {@code https://acme.example.com}. */
    public String current() {
        return of(tenantContext.require().slug());
    }

    public String of(String slug) {
        String url = template.replace("{slug}", slug);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code path} (starting with a slash) on the current shop's address. */
    public String link(String path) {
        return current() + path;
    }
}
