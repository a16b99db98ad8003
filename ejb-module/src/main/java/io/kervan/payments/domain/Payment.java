package io.kervan.payments.domain;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.TenantOwned;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One attempt to pay an order through one integration. The amount is the order's, never the client's; the payment is
 * completed only after the provider has confirmed it server-to-server, and only once.
 */
@Entity
@Table(name = "payments")
public class Payment extends TenantOwned {

    @Column(name = "payment_number", nullable = false, updatable = false)
    private String paymentNumber;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "integration_id", nullable = false, updatable = false)
    private UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, updatable = false)
    private ProviderType providerType;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "payment_url")
    private String paymentUrl;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    /** A JSON object of the provider's identifiers for the completed payment; see {@link #providerReferences()}. */
    @Column(name = "provider_references", nullable = false)
    private String providerReferences = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
        // for JPA
    }

    public Payment(String paymentNumber, UUID orderId, UUID integrationId, ProviderType providerType, Money amount) {
        super(UUID.randomUUID());
        this.paymentNumber = paymentNumber;
        this.orderId = orderId;
        this.integrationId = integrationId;
        this.providerType = providerType;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.status = PaymentStatus.PENDING;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** The provider has opened its side: where to send the shopper, and its reference for later questions. */
    public void started(String transactionId, String paymentUrl) {
        this.transactionId = transactionId;
        this.paymentUrl = paymentUrl;
        this.updatedAt = Instant.now();
    }

    /**
     * The provider confirmed the payment; {@code references} are its identifiers for it, kept for refunds.
     *
     * @return false when it was already completed
     */
    public boolean complete(Map<String, String> references) {
        if (status == PaymentStatus.COMPLETED) {
            return false;
        }
        JsonObjectBuilder json = JsonDocuments.object();
        new TreeMap<>(references).forEach(json::add);
        providerReferences = json.build().toString();
        status = PaymentStatus.COMPLETED;
        paidAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = paidAt;
        return true;
    }

    public void fail(String reason) {
        if (status != PaymentStatus.COMPLETED) {
            status = PaymentStatus.FAILED;
            failureReason = reason;
            updatedAt = Instant.now();
        }
    }

    /** What is still refundable: the amount paid less what was refunded. */
    public Money refundable() {
        boolean paid = status == PaymentStatus.COMPLETED || status == PaymentStatus.PARTIALLY_REFUNDED;
        return paid ? amount().minus(Money.of(refundedAmount, currency)) : Money.zero(currency);
    }

    /** Checks a refund before asking the provider; amounts over what is left are refused. */
    public void requireRefundable(Money refund) {
        if (refundable().isZero()) {
            throw new KervanException(PaymentError.NOT_REFUNDABLE, "Payment " + paymentNumber + " is "
                    + status.code() + "; only completed payments with something left can be refunded");
        }
        if (!refund.currency().equals(currency) || refund.isZero()
                || refund.amount().compareTo(refundable().amount()) > 0) {
            throw new KervanException(PaymentError.REFUND_TOO_LARGE, "At most " + refundable()
                    + " can still be refunded on payment " + paymentNumber);
        }
    }

    /** Records a refund the provider has made; @return true when nothing is left to refund */
    public boolean refunded(Money refund) {
        requireRefundable(refund);
        refundedAmount = refundedAmount.add(refund.amount());
        status = refundable().isZero() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        updatedAt = Instant.now();
        return status == PaymentStatus.REFUNDED;
    }

    /** The provider's identifiers handed over when the payment completed (empty for providers that need none). */
    public Map<String, String> providerReferences() {
        Map<String, String> references = new TreeMap<>();
        JsonDocuments.parse(providerReferences)
                .forEach((name, value) -> references.put(name, ((JsonString) value).getString()));
        return references;
    }

    public Money refundedAmount() {
        return Money.of(refundedAmount, currency);
    }

    /** The provider could not tell; the reconciler will ask again. */
    public void markUnknown() {
        if (status == PaymentStatus.PENDING) {
            status = PaymentStatus.UNKNOWN;
            updatedAt = Instant.now();
        }
    }

    /** Whether a card may still be entered for it: nothing settled yet, and no earlier attempt left in doubt. */
    public boolean takesCard() {
        return status == PaymentStatus.PENDING;
    }

    public boolean isSettled() {
        return status == PaymentStatus.COMPLETED || status == PaymentStatus.FAILED;
    }

    public String paymentNumber() {
        return paymentNumber;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public ProviderType providerType() {
        return providerType;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public PaymentStatus status() {
        return status;
    }

    public String transactionId() {
        return transactionId;
    }

    public String paymentUrl() {
        return paymentUrl;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
