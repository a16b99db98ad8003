package io.kervan.cart.infrastructure;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One use of a coupon by one order; per-customer limits count these. */
@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption extends TenantOwned {

    @Column(name = "coupon_id", nullable = false, updatable = false)
    private UUID couponId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "customer_email", nullable = false, updatable = false)
    private String customerEmail;

    @Column(name = "redeemed_at", nullable = false, updatable = false)
    private Instant redeemedAt;

    protected CouponRedemption() {
        // for JPA
    }

    CouponRedemption(UUID couponId, UUID orderId, String customerEmail) {
        super(UUID.randomUUID());
        this.couponId = couponId;
        this.orderId = orderId;
        this.customerEmail = customerEmail;
        this.redeemedAt = Instant.now();
    }
}
