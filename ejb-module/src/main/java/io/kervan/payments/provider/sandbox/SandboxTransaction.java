package io.kervan.payments.provider.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The sandbox gateway's own record of a payment, as a real provider would keep it on its side, under the merchant
 * (shop) that opened it: Hibernate fills and filters {@code tenant_id} like every shop's entity, so a transaction is
 * found only as its shop's, and its hosted page answers only on that shop's host.
 */
@Entity
@Table(name = "sandbox_transactions")
public class SandboxTransaction {

    public enum Status { OPEN, CHALLENGED, SUCCEEDED, DECLINED }

    @Id
    private String id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "return_url", nullable = false, updatable = false)
    private String returnUrl;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SandboxTransaction() {
        // for JPA
    }

    SandboxTransaction(String id, BigDecimal amount, String currency, String description, String returnUrl) {
        this.id = id;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.returnUrl = returnUrl;
        this.status = Status.OPEN;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void moveTo(Status target) {
        if (status == Status.OPEN || status == Status.CHALLENGED) {
            status = target;
            updatedAt = Instant.now();
        }
    }

    /** @return false when the transaction was not paid or not that much is left */
    boolean refund(BigDecimal requested) {
        if (status != Status.SUCCEEDED || refundedAmount.add(requested).compareTo(amount) > 0) {
            return false;
        }
        refundedAmount = refundedAmount.add(requested);
        updatedAt = Instant.now();
        return true;
    }

    public String id() {
        return id;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public String returnUrl() {
        return returnUrl;
    }
}
