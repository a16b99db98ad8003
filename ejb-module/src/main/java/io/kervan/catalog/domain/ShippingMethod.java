package io.kervan.catalog.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.StoredText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A way a shop ships physical goods: a carrier, a price and a delivery estimate in days. */
@Entity
@Table(name = "shipping_methods")
public class ShippingMethod extends TenantOwned {

    public static final int MAX_NAME = 120;
    public static final int MAX_CARRIER = 80;
    public static final int MAX_DAYS = 365;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String carrier;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private Money price;

    @Column(name = "min_days", nullable = false)
    private int minDays;

    @Column(name = "max_days", nullable = false)
    private int maxDays;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ShippingMethod() {
        // for JPA
    }

    public ShippingMethod(String name, String carrier, Money price, int minDays, int maxDays) {
        super(UUID.randomUUID());
        this.createdAt = Instant.now();
        this.active = true;
        change(name, carrier, price, minDays, maxDays);
    }

    public final void change(String name, String carrier, Money price, int minDays, int maxDays) {
        if (minDays < 0 || minDays > MAX_DAYS) {
            throw new InvalidInputException("min_days", "min_days is 0 to " + MAX_DAYS);
        }
        if (maxDays < minDays || maxDays > MAX_DAYS) {
            throw new InvalidInputException("max_days", "max_days must be at least min_days, and at most " + MAX_DAYS);
        }
        this.name = StoredText.requireFilled("name", name, MAX_NAME);
        this.carrier = StoredText.requireFilled("carrier", carrier, MAX_CARRIER);
        this.price = price;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }


    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String name() {
        return name;
    }

    public String carrier() {
        return carrier;
    }

    public Money price() {
        return price;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public boolean isActive() {
        return active;
    }
}
