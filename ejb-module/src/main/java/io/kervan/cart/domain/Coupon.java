package io.kervan.cart.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A discount code. Whether it applies (active, within its window, over its minimum) is decided here; its use limits
 * are enforced where uses are counted, in one atomic update when an order is placed (see {@code Coupons#use}).
 */
@Entity
@Table(name = "coupons")
public class Coupon extends TenantOwned {

    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z0-9_-]{3,40}");

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CouponKind kind;

    @Column(precision = 5, scale = 2)
    private BigDecimal percentage;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @Column(name = "min_order_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal minOrderAmount;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "max_uses_per_customer")
    private Integer maxUsesPerCustomer;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Coupon() {
        // for JPA
    }

    public Coupon(String code, CouponTerms terms) {
        super(UUID.randomUUID());
        this.code = normalize(code);
        this.createdAt = Instant.now();
        this.active = true;
        change(terms);
    }

    public static String normalize(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE_SHAPE.matcher(normalized).matches()) {
            throw new InvalidInputException("coupon_code",
                    "coupon codes are 3 to 40 letters, digits, hyphens or underscores");
        }
        return normalized;
    }

    public final void change(CouponTerms terms) {
        if (terms.kind() == CouponKind.PERCENTAGE) {
            if (terms.percentage() == null || terms.percentage().signum() <= 0
                    || terms.percentage().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("percentage", "percentage must be more than 0 and at most 100");
            }
            this.percentage = terms.percentage();
            this.amount = null;
            this.currency = null;
        } else {
            if (terms.amount() == null || terms.amount().amount().signum() <= 0) {
                throw new InvalidInputException("amount", "amount must be more than 0");
            }
            this.amount = terms.amount().amount();
            this.currency = terms.amount().currency();
            this.percentage = null;
        }
        if (terms.validFrom() != null && terms.validUntil() != null && !terms.validUntil().isAfter(terms.validFrom())) {
            throw new InvalidInputException("valid_until", "valid_until must be after valid_from");
        }
        if (terms.minOrderAmount() != null && terms.minOrderAmount().signum() < 0) {
            throw new InvalidInputException("min_order_amount", "min_order_amount must not be negative");
        }
        if (terms.maxUses() != null && terms.maxUses() < 1) {
            throw new InvalidInputException("max_uses", "max_uses must be at least 1");
        }
        if (terms.maxUsesPerCustomer() != null && terms.maxUsesPerCustomer() < 1) {
            throw new InvalidInputException("max_uses_per_customer", "max_uses_per_customer must be at least 1");
        }
        if (terms.maxUses() != null && terms.maxUses() < usedCount) {
            throw new InvalidInputException("max_uses", "max_uses cannot be below the " + usedCount + " uses so far");
        }
        this.kind = terms.kind();
        this.minOrderAmount = terms.minOrderAmount() == null ? BigDecimal.ZERO : terms.minOrderAmount();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.maxUses = terms.maxUses();
        this.maxUsesPerCustomer = terms.maxUsesPerCustomer();
        if (terms.active() != null) {
            this.active = terms.active();
        }
    }

    public void deactivate() {
        active = false;
    }

    /**
     * The discount on {@code subtotal} at {@code now}, or a problem that says why the coupon does not apply. Never
     * more than the subtotal; rounded half-up to the currency's minor unit.
     */
    public Money discountOn(Money subtotal, Instant now) {
        if (!active || (validFrom != null && now.isBefore(validFrom))
                || (validUntil != null && !now.isBefore(validUntil))) {
            throw notApplicable("The coupon " + code + " is not valid at this time");
        }
        if (maxUses != null && usedCount >= maxUses) {
            throw new KervanException(CartError.COUPON_EXHAUSTED, "The coupon " + code + " has no uses left");
        }
        if (subtotal.amount().compareTo(minOrderAmount) < 0) {
            throw notApplicable("The coupon " + code + " needs an order of at least "
                    + minOrderAmount.stripTrailingZeros().toPlainString() + " " + subtotal.currency());
        }
        BigDecimal off;
        if (kind == CouponKind.PERCENTAGE) {
            off = subtotal.amount().multiply(percentage).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        } else {
            if (!currency.equals(subtotal.currency())) {
                throw notApplicable("The coupon " + code + " is in " + currency + ", the cart in " + subtotal.currency());
            }
            off = amount;
        }
        return Money.of(off.min(subtotal.amount()).setScale(2, RoundingMode.HALF_UP)
                .setScale(subtotal.amount().scale(), RoundingMode.HALF_UP), subtotal.currency());
    }

    private KervanException notApplicable(String detail) {
        return new KervanException(CartError.COUPON_NOT_APPLICABLE, detail);
    }

    public String code() {
        return code;
    }

    public CouponKind kind() {
        return kind;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal minOrderAmount() {
        return minOrderAmount;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Integer maxUses() {
        return maxUses;
    }

    public Integer maxUsesPerCustomer() {
        return maxUsesPerCustomer;
    }

    public int usedCount() {
        return usedCount;
    }

    public boolean isActive() {
        return active;
    }
}
