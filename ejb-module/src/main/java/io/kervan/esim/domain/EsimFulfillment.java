package io.kervan.esim.domain;

import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.TenantOwned;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The buying of one paid order's eSIMs from eSIM Go: one eSIM Go order for all its bundles ({@link #items()}).
 *
 * <p>eSIM Go has no idempotency key, so a purchase is never retried blind. {@link #orderingStarted} is committed
 * before the order is placed and stays until {@link #ordered} records eSIM Go's reference in its own commit; whoever
 * finds that mark without a reference (after a timeout, an unreadable answer or a crash in between) must look for the
 * order in eSIM Go's order list first, and may order again only after {@link #notOrdered} says it is not there.
 */
@Entity
@Table(name = "esim_fulfillments")
public class EsimFulfillment extends TenantOwned {

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FulfillmentStatus status;

    @Column(nullable = false, updatable = false)
    private String items;

    @Column(name = "provider_reference", length = 100)
    private String providerReference;

    @Column(name = "ordering_since")
    private Instant orderingSince;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "assign_by")
    private Instant assignBy;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected EsimFulfillment() {
        // for JPA
    }

    public EsimFulfillment(UUID orderId, List<OrderItem> items) {
        super(UUID.randomUUID());
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an eSIM fulfillment needs at least one bundle");
        }
        this.orderId = orderId;
        JsonArrayBuilder array = JsonDocuments.array();
        items.forEach(i -> array.add(JsonDocuments.object().add("bundle", i.bundleName()).add("quantity",
                i.quantity())));
        this.items = array.build().toString();
        this.status = FulfillmentStatus.QUEUED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** About to place the eSIM Go order: from this commit on, one may exist. */
    public void orderingStarted(Instant now) {
        requireStatus(FulfillmentStatus.QUEUED);
        status = FulfillmentStatus.ORDERING;
        orderingSince = now;
        updatedAt = now;
    }

    /** The eSIM Go order exists (placed now, or found in the order list): from here on only its eSIMs are awaited. */
    public void ordered(String reference, Instant assignBy) {
        providerReference = reference;
        orderingSince = null;
        status = FulfillmentStatus.ASSIGNING;
        this.assignBy = assignBy;
        updatedAt = Instant.now();
    }

    /** eSIM Go has no order of this attempt (it refused, or its order list does not show one): ordering may start. */
    public void notOrdered() {
        orderingSince = null;
        status = FulfillmentStatus.QUEUED;
        updatedAt = Instant.now();
    }

    /** A transient failure (no answer, 5xx, 429); returns the attempts so far. */
    public int attemptFailed(String error) {
        attempts++;
        lastError = truncate(error);
        updatedAt = Instant.now();
        return attempts;
    }

    public void delivered(Instant now) {
        status = FulfillmentStatus.DELIVERED;
        deliveredAt = now;
        lastError = null;
        updatedAt = now;
    }

    public void failed(String error) {
        status = FulfillmentStatus.FAILED;
        lastError = truncate(error);
        updatedAt = Instant.now();
    }

    public void cancelled(String reason) {
        status = FulfillmentStatus.CANCELLED;
        lastError = truncate(reason);
        updatedAt = Instant.now();
    }

    /**
     * Staff ask for another try of a failed fulfillment: attempts start again, and what is known is kept (a
     * reference, or the sign that an order may exist), so the retry never buys twice either.
     */
    public void retry() {
        requireStatus(FulfillmentStatus.FAILED);
        status = providerReference != null ? FulfillmentStatus.ASSIGNING
                : orderingSince != null ? FulfillmentStatus.ORDERING : FulfillmentStatus.QUEUED;
        attempts = 0;
        assignBy = null;
        updatedAt = Instant.now();
    }

    public void emailed(Instant now) {
        emailedAt = now;
    }

    public List<OrderItem> items() {
        return ((JsonArray) JsonDocuments.parseStructure(items)).getValuesAs(JsonObject.class).stream()
                .map(i -> new OrderItem(i.getString("bundle"), i.getInt("quantity")))
                .toList();
    }

    private void requireStatus(FulfillmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("fulfillment " + id() + " is " + status.code() + ", not "
                    + expected.code());
        }
    }

    private static String truncate(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 1000));
    }

    public UUID orderId() {
        return orderId;
    }

    public FulfillmentStatus status() {
        return status;
    }

    public String providerReference() {
        return providerReference;
    }

    public Instant orderingSince() {
        return orderingSince;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant assignBy() {
        return assignBy;
    }

    public Instant emailedAt() {
        return emailedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
