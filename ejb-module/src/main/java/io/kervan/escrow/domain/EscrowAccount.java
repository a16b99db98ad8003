package io.kervan.escrow.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The money of one paid escrow order, held in Kervan's books until the order is delivered (seed 004's
 * {@code escrow_accounts}). Every move appends a ledger entry ({@link EscrowEntry}) and changes the amounts with it,
 * so they can always be summed again from the ledger, and held = released + refunded + still held at every step.
 *
 * <p>Delivery releases what is still held, at once, or after the shop's release window when it has one (the timer
 * then releases it). A dispute keeps the money held, through delivery and the window, until staff clear it. A refund
 * before release comes out of the held money (all of it: {@code refunded}); a refund after release is recorded
 * against the released money ({@code refunded_after_release}), since the provider already gave it back.
 */
@Entity
@Table(name = "escrow_accounts")
public class EscrowAccount extends TenantOwned {

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "held_amount", nullable = false, updatable = false)
    private BigDecimal heldAmount;

    @Column(name = "released_amount", nullable = false)
    private BigDecimal releasedAmount;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount;

    @Column(name = "remaining_amount", nullable = false)
    private BigDecimal remainingAmount;

    @Column(name = "refunded_after_release_amount", nullable = false)
    private BigDecimal refundedAfterReleaseAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EscrowStatus status;

    @Column(nullable = false)
    private boolean disputed;

    @Column(name = "dispute_reason", length = 500)
    private String disputeReason;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "release_due_at")
    private Instant releaseDueAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<EscrowEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected EscrowAccount() {
        // for JPA
    }

    private EscrowAccount(UUID orderId, String orderNumber, UUID paymentId, Money amount, Instant at) {
        super(UUID.randomUUID());
        if (amount.isZero()) {
            throw new IllegalArgumentException("An escrow holds more than nothing");
        }
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.paymentId = paymentId;
        this.currency = amount.currency();
        this.heldAmount = amount.amount();
        this.releasedAmount = BigDecimal.ZERO;
        this.refundedAmount = BigDecimal.ZERO;
        this.refundedAfterReleaseAmount = BigDecimal.ZERO;
        this.remainingAmount = amount.amount();
        this.status = EscrowStatus.HELD;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The whole amount of a payment that has just completed, held. */
    public static EscrowAccount hold(UUID orderId, String orderNumber, UUID paymentId, Money amount, Actor actor,
                                     Instant at) {
        EscrowAccount account = new EscrowAccount(orderId, orderNumber, paymentId, amount, at);
        account.write(EntryKind.HELD, amount, actor, "payment completed", at);
        return account;
    }

    /**
     * The order reached {@code delivered}: what is still held is released now ({@code window} null), or becomes due
     * for automatic release {@code window} after delivery. A disputed escrow stays held. Only the first delivery
     * counts; an escrow no longer held only notes nothing.
     */
    public void delivered(Instant at, Duration window, Actor actor) {
        if (status != EscrowStatus.HELD || deliveredAt != null) {
            return;
        }
        deliveredAt = at;
        if (disputed) {
            write(EntryKind.DELIVERED, zero(), actor, "disputed: the money stays held until the dispute is cleared",
                    at);
        } else if (window == null) {
            releaseRemaining(actor, "released on delivery", at);
        } else {
            releaseDueAt = at.plus(window);
            write(EntryKind.DELIVERED, zero(), actor, "released automatically from " + releaseDueAt, at);
        }
    }

    /** Staff release what is held, once the order is delivered and nobody disputes it. */
    public void release(Actor actor, Instant at) {
        requireHeld();
        if (disputed) {
            throw new KervanException(EscrowError.ESCROW_DISPUTED, "Escrow of order " + orderNumber
                    + " is disputed; clear the dispute before releasing it");
        }
        if (deliveredAt == null) {
            throw new KervanException(EscrowError.ESCROW_NOT_DELIVERED, "Order " + orderNumber
                    + " is not delivered yet; its escrow is released once it is");
        }
        releaseRemaining(actor, "released by staff", at);
    }

    /** The automatic release: true when it was due at {@code now} and is now released. */
    public boolean releaseIfDue(Actor actor, Instant now) {
        if (status != EscrowStatus.HELD || disputed || releaseDueAt == null || now.isBefore(releaseDueAt)) {
            return false;
        }
        releaseRemaining(actor, "released automatically after the release window", now);
        return true;
    }

    /**
     * The provider gave {@code amount} back on the escrow's payment. It comes out of what is held (the rest stays
     * held); once released, it is recorded against the released money. Never refused: the money already went back.
     */
    public void refunded(Money amount, Actor actor, String refundNumber, Instant at) {
        Money fromHeld = status == EscrowStatus.HELD ? min(amount, remaining()) : zero();
        if (!fromHeld.isZero()) {
            refundedAmount = refundedAmount.add(fromHeld.amount());
            remainingAmount = remainingAmount.subtract(fromHeld.amount());
            write(EntryKind.REFUNDED, fromHeld, actor, "refund " + refundNumber, at);
            if (remaining().isZero()) {
                status = EscrowStatus.REFUNDED;
                releaseDueAt = null;
            }
        }
        Money afterRelease = amount.minus(fromHeld);
        if (!afterRelease.isZero()) {
            refundedAfterReleaseAmount = refundedAfterReleaseAmount.add(afterRelease.amount());
            write(EntryKind.REFUNDED_AFTER_RELEASE, afterRelease, actor, "refund " + refundNumber, at);
        }
    }

    /** Staff flag a dispute: the money stays held, through delivery and the release window, until it is cleared. */
    public void dispute(String reason, Actor actor, Instant at) {
        requireHeld();
        if (disputed) {
            throw new KervanException(EscrowError.ESCROW_DISPUTED, "Escrow of order " + orderNumber
                    + " is already disputed");
        }
        disputed = true;
        disputeReason = reason;
        write(EntryKind.DISPUTED, zero(), actor, reason, at);
    }

    /**
     * Staff clear the dispute. A delivered order's money is then released as delivery would have: now
     * ({@code window} null, or the window already over), else when the window ends.
     */
    public void clearDispute(Actor actor, Instant at, Duration window) {
        if (!disputed) {
            throw new KervanException(EscrowError.ESCROW_NOT_DISPUTED, "Escrow of order " + orderNumber
                    + " is not disputed");
        }
        disputed = false;
        disputeReason = null;
        write(EntryKind.DISPUTE_CLEARED, zero(), actor, null, at);
        if (status == EscrowStatus.HELD && deliveredAt != null) {
            Instant due = window == null ? at : deliveredAt.plus(window);
            if (due.isAfter(at)) {
                releaseDueAt = due;
            } else {
                releaseRemaining(actor, "released when the dispute was cleared", at);
            }
        }
    }

    private void releaseRemaining(Actor actor, String note, Instant at) {
        Money released = remaining();
        releasedAmount = releasedAmount.add(released.amount());
        remainingAmount = BigDecimal.ZERO;
        status = EscrowStatus.RELEASED;
        releasedAt = at;
        releaseDueAt = null;
        write(EntryKind.RELEASED, released, actor, note, at);
    }

    private void requireHeld() {
        if (status == EscrowStatus.RELEASED) {
            throw new KervanException(EscrowError.ESCROW_ALREADY_RELEASED, "Escrow of order " + orderNumber
                    + " was already released on " + releasedAt);
        }
        if (status == EscrowStatus.REFUNDED) {
            throw new KervanException(EscrowError.ESCROW_REFUNDED, "Escrow of order " + orderNumber
                    + " was refunded in full; nothing is held");
        }
    }

    private void write(EntryKind kind, Money amount, Actor actor, String note, Instant at) {
        entries.add(new EscrowEntry(this, entries.size() + 1, kind, amount, actor, note, at));
        updatedAt = at;
        if (heldAmount.compareTo(releasedAmount.add(refundedAmount).add(remainingAmount)) != 0) {
            throw new IllegalStateException("Escrow of order " + orderNumber + " does not add up");
        }
    }

    private Money zero() {
        return Money.zero(currency);
    }

    private static Money min(Money a, Money b) {
        return a.amount().compareTo(b.amount()) <= 0 ? a : b;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public Money held() {
        return Money.of(heldAmount, currency);
    }

    public Money released() {
        return Money.of(releasedAmount, currency);
    }

    public Money refunded() {
        return Money.of(refundedAmount, currency);
    }

    /** What is still held now. */
    public Money remaining() {
        return Money.of(remainingAmount, currency);
    }

    public Money refundedAfterRelease() {
        return Money.of(refundedAfterReleaseAmount, currency);
    }

    public EscrowStatus status() {
        return status;
    }

    public boolean isDisputed() {
        return disputed;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant releaseDueAt() {
        return releaseDueAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<EscrowEntry> entries() {
        return List.copyOf(entries);
    }
}
