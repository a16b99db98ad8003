package io.kervan.tenancy.domain;

import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A shop. Its slug is the subdomain it answers on ({@code acme} for {@code acme.example.com}) and never changes;
 * a suspended shop keeps its data but answers nothing, and every token issued for it before its suspension stays
 * ended after it is activated again (tokens carry the shop's token version).
 */
@Entity
@Table(name = "tenants")
public class Tenant {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])");
    /** Subdomains the platform keeps for itself. */
    private static final Set<String> RESERVED_SLUGS = Set.of("www", "api", "admin", "app", "platform", "mail", "static",
            "assets", "status", "help", "support", "kervan");
    private static final Set<String> SUPPORTED_LOCALES = Set.of("tr", "en", "ru");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final int MAX_RELEASE_DAYS = 365;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false, length = 63)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency;

    @Column(name = "default_locale", nullable = false, length = 16)
    private String defaultLocale;

    /** The shop's logo on its pages; null for none (the name is shown instead). */
    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    /** The shop's colour as {@code #rrggbb}; null for Kervan's default theme. */
    @Column(name = "primary_color", length = 7)
    private String primaryColor;

    /** Whether every paid order's money is held in escrow until delivery (else only orders of escrow products). */
    @Column(name = "escrow_enabled", nullable = false)
    private boolean escrowEnabled;

    /**
     * Days after delivery before held money is released automatically; 0 for release on delivery, null for the
     * platform's default.
     */
    @Column(name = "escrow_auto_release_days")
    private Integer escrowAutoReleaseDays;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "token_version", nullable = false)
    private long tokenVersion;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    public Tenant(String slug, String displayName, String defaultCurrency, String defaultLocale) {
        this.id = UUID.randomUUID();
        this.slug = requireValidSlug(slug);
        this.displayName = requireDisplayName(displayName);
        this.defaultCurrency = Money.currency(defaultCurrency).getCurrencyCode();
        this.defaultLocale = requireSupportedLocale(defaultLocale);
        this.status = TenantStatus.ACTIVE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
        tokenVersion++;
        updatedAt = Instant.now();
    }

    public void activate() {
        status = TenantStatus.ACTIVE;
        updatedAt = Instant.now();
    }

    /**
     * Changes how the shop presents itself on its pages; a null argument keeps what is there, an empty logo or colour
     * removes it (the default theme). The logo must be an https address (http only on this machine, for development),
     * the colour {@code #rrggbb}.
     */
    public void restyle(String displayName, String logoUrl, String primaryColor, String defaultLocale) {
        if (displayName != null) {
            this.displayName = requireDisplayName(displayName);
        }
        if (logoUrl != null) {
            this.logoUrl = logoUrl.isBlank() ? null : requireLogoUrl(logoUrl.strip());
        }
        if (primaryColor != null) {
            this.primaryColor = primaryColor.isBlank() ? null : requireColour(primaryColor.strip());
        }
        if (defaultLocale != null) {
            this.defaultLocale = requireSupportedLocale(defaultLocale);
        }
        updatedAt = Instant.now();
    }

    /**
     * Changes how the shop holds paid money in escrow; a null argument keeps what is there. {@code autoReleaseDays}
     * is 0 (release on delivery) to 365.
     */
    public void setEscrowTerms(Boolean enabled, Integer autoReleaseDays) {
        if (autoReleaseDays != null && (autoReleaseDays < 0 || autoReleaseDays > MAX_RELEASE_DAYS)) {
            throw new InvalidInputException("escrow_auto_release_days",
                    "escrow_auto_release_days must be 0 (release on delivery) to " + MAX_RELEASE_DAYS);
        }
        if (enabled != null) {
            this.escrowEnabled = enabled;
        }
        if (autoReleaseDays != null) {
            this.escrowAutoReleaseDays = autoReleaseDays;
        }
        updatedAt = Instant.now();
    }

    public boolean escrowEnabled() {
        return escrowEnabled;
    }

    /** Null when the shop never chose: the platform's default applies. */
    public Integer escrowAutoReleaseDays() {
        return escrowAutoReleaseDays;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public TenantRef ref() {
        return new TenantRef(id, slug, displayName, defaultCurrency, Locale.forLanguageTag(defaultLocale), logoUrl,
                primaryColor, tokenVersion);
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public TenantStatus status() {
        return status;
    }

    public String defaultCurrency() {
        return defaultCurrency;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public String primaryColor() {
        return primaryColor;
    }

    static String requireValidSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("slug",
                    "slug must be 3 to 63 lowercase letters, digits or hyphens, and start and end with a letter or digit");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw new InvalidInputException("slug", "slug '" + slug + "' is reserved by the platform");
        }
        return slug;
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new InvalidInputException("display_name", "display_name must be 1 to 120 characters");
        }
        return displayName.strip();
    }

    private static String requireLogoUrl(String url) {
        String problem = "logo_url must be an https address of at most 500 characters, such as "
                + "https://cdn.example.com/logo.png (http only on localhost)";
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean loopback = LOOPBACK_HOSTS.contains(host) || host.endsWith(".localhost");
            boolean secure = "https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()) && loopback;
            if (!secure || host.isEmpty() || uri.getUserInfo() != null || url.length() > 500) {
                throw new InvalidInputException("logo_url", problem);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("logo_url", problem);
        }
    }

    private static String requireColour(String colour) {
        String lower = colour.toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(lower).matches()) {
            throw new InvalidInputException("primary_color", "primary_color must be a colour such as #1a5fb4");
        }
        return lower;
    }

    private static String requireSupportedLocale(String locale) {
        if (locale == null || !SUPPORTED_LOCALES.contains(Locale.forLanguageTag(locale).getLanguage())) {
            throw new InvalidInputException("default_locale", "default_locale must be one of " + SUPPORTED_LOCALES);
        }
        return Locale.forLanguageTag(locale).toLanguageTag();
    }
}
