package io.kervan.cart.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** One use of a coupon by one order; per-customer limits count these. */
@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

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
        this.id = UUID.randomUUID();
        this.couponId = couponId;
        this.orderId = orderId;
        this.customerEmail = customerEmail;
        this.redeemedAt = Instant.now();
    }
}
