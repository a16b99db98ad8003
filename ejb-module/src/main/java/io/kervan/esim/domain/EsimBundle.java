package io.kervan.esim.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An eSIM Go bundle as the shop's last catalogue sync saw it, and the digital product that sells it (whose SKU is the
 * bundle's name). It keeps what the storefront searches by (countries, data, days) and what fulfillment orders by
 * (the name). A bundle eSIM Go no longer offers is withdrawn, not deleted: past orders still name it, and it comes
 * back if eSIM Go offers it again.
 */
@Entity
@Table(name = "esim_bundles")
public class EsimBundle extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(nullable = false)
    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] countries;

    @Column(name = "data_mb", nullable = false)
    private int dataMb;

    @Column(name = "duration_days", nullable = false)
    private int days;

    @Column(nullable = false)
    private boolean unlimited;

    @Column(name = "cost_amount", nullable = false)
    private BigDecimal cost;

    @Column(name = "cost_currency", nullable = false, length = 3)
    private String costCurrency;

    @Column(nullable = false)
    private boolean offered;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    @Version
    private long version;

    protected EsimBundle() {
        // for JPA
    }

    public EsimBundle(Bundle bundle, String costCurrency, UUID productId) {
        super(UUID.randomUUID());
        this.name = bundle.name();
        this.productId = productId;
        this.offered = true;
        take(bundle, costCurrency);
    }

    /**
     * Takes what eSIM Go offers now.
     *
     * @return whether anything changed (the terms, or a withdrawn bundle offered again)
     */
    public boolean offer(Bundle bundle, String costCurrency) {
        boolean changed = !offered || !description.equals(bundle.description())
                || !Arrays.equals(countries, bundle.countryCodes().toArray(String[]::new)) || dataMb != bundle.dataMb()
                || days != bundle.days() || unlimited != bundle.unlimited() || cost.compareTo(bundle.price()) != 0
                || !Objects.equals(this.costCurrency, costCurrency);
        offered = true;
        take(bundle, costCurrency);
        return changed;
    }

    /** eSIM Go no longer offers it. @return whether it was offered until now */
    public boolean withdraw() {
        boolean was = offered;
        offered = false;
        syncedAt = Instant.now();
        return was;
    }

    private void take(Bundle bundle, String costCurrency) {
        this.description = bundle.description();
        this.countries = bundle.countryCodes().toArray(String[]::new);
        this.dataMb = bundle.dataMb();
        this.days = bundle.days();
        this.unlimited = bundle.unlimited();
        this.cost = bundle.price();
        this.costCurrency = costCurrency;
        this.syncedAt = Instant.now();
    }

    public String name() {
        return name;
    }

    public UUID productId() {
        return productId;
    }

    public String description() {
        return description;
    }

    public List<String> countries() {
        return List.of(countries);
    }

    public int dataMb() {
        return dataMb;
    }

    public int days() {
        return days;
    }

    public boolean isUnlimited() {
        return unlimited;
    }

    public BigDecimal cost() {
        return cost;
    }

    public boolean isOffered() {
        return offered;
    }
}
