package io.kervan.payments.domain;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Actor;
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
 * completed only after the provider has confirmed it server-to-server, and only once. Refunds are given back one at
 * a time: a refund is requested (and counted against what is left) before the provider is asked, and settled after.
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

    @Column(name = "installment_count", nullable = false)
    private int installmentCount = 1;

    /**
     * What the card is charged in all: the installment option's total the shopper chose on Kervan's card page, or
     * what the provider reported when the shopper chose on its page; null while neither is known.
     */
    @Column(name = "charged_amount")
    private BigDecimal chargedAmount;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    /** The amount of the refund requested and not yet settled (zero when none is). */
    @Column(name = "refunding_amount", nullable = false)
    private BigDecimal refundingAmount = BigDecimal.ZERO;

    /** A JSON object of the provider's identifiers for the completed payment; see {@link #providerReferences()}. */
    @Column(name = "provider_references", nullable = false)
    private String providerReferences = "{}";

    /** The shopper asked on Kervan's card page that the provider keep the card once it is charged. */
    @Column(name = "keep_card", nullable = false)
    private boolean keepCard;

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
     * The provider opened its side of a card payment (PAYNET's 3-D Secure session): its identifiers are kept, so that
     * the callback that comes back can be matched against them. Replaced when the shopper enters a card again.
     */
    public void enrolled(Map<String, String> references) {
        if (status != PaymentStatus.PENDING) {
            throw new KervanException(PaymentError.PAYMENT_NOT_OPEN, "Payment " + paymentNumber + " is "
                    + status.code() + "; a card can only be entered for a pending payment");
        }
        JsonObjectBuilder json = JsonDocuments.object();
        new TreeMap<>(references).forEach(json::add);
        providerReferences = json.build().toString();
        updatedAt = Instant.now();
    }

    /**
     * The shopper chose to pay in {@code count} monthly payments, {@code total} in all (an option the provider
     * offered; 1 and the amount for a single payment). Only while a card may still be entered: the choice goes to
     * the provider with the card.
     */
    public void chooseInstallments(int count, Money total) {
        if (!takesCard()) {
            throw new KervanException(PaymentError.PAYMENT_NOT_OPEN, "Payment " + paymentNumber + " is "
                    + status.code() + "; installments can only be chosen for a pending payment");
        }
        if (count < 1 || !total.currency().equals(currency) || total.amount().compareTo(amount) < 0
                || count == 1 && !total.equals(amount())) {
            throw new IllegalArgumentException(count + " installments of " + total + " cannot pay " + amount());
        }
        installmentCount = count;
        chargedAmount = total.amount();
        updatedAt = Instant.now();
    }

    /**
     * Whether the provider is to keep the card the shopper is entering now (a saved card, or one not to be kept:
     * false). Decided again each time a card is entered, while one may be.
     */
    public void keepCard(boolean keep) {
        if (!takesCard()) {
            throw new KervanException(PaymentError.PAYMENT_NOT_OPEN, "Payment " + paymentNumber + " is "
                    + status.code() + "; a card can only be entered for a pending payment");
        }
        keepCard = keep;
        updatedAt = Instant.now();
    }

    public boolean keepsCard() {
        return keepCard;
    }

    /**
     * Whether the provider charged the card the way the shopper agreed: with the count and total chosen on Kervan's
     * page exactly; without such a choice (the provider's own page offered the installments), what it reports is
     * recorded as the payment's, as long as it is not less than the amount.
     */
    public boolean recordCharge(int count, Money charged) {
        if (charged == null || !charged.currency().equals(currency)) {
            return false;
        }
        if (chargedAmount != null) {
            return count == installmentCount && charged.amount().compareTo(chargedAmount) == 0;
        }
        if (charged.amount().compareTo(amount) < 0 || count == 1 && !charged.equals(amount())) {
            return false;
        }
        installmentCount = count;
        chargedAmount = charged.amount();
        return true;
    }

    /**
     * The provider confirmed the payment; {@code references} are its identifiers for it, kept for refunds.
     *
     * @return false when it was already completed (and perhaps refunded since: news of the payment that comes again
     *         changes nothing)
     */
    public boolean complete(Map<String, String> references) {
        if (isPaid()) {
            return false;
        }
        Map<String, String> kept = providerReferences();
        kept.putAll(references);
        JsonObjectBuilder json = JsonDocuments.object();
        kept.forEach(json::add);
        providerReferences = json.build().toString();
        status = PaymentStatus.COMPLETED;
        paidAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = paidAt;
        return true;
    }

    public void fail(String reason) {
        if (!isPaid()) {
            status = PaymentStatus.FAILED;
            failureReason = reason;
            updatedAt = Instant.now();
        }
    }

    /**
     * What is still refundable: the amount paid less what was refunded and less the refund under way, so that no
     * two refunds together can give back more than was paid.
     */
    public Money refundable() {
        return isPaid() ? amount().minus(refundedAmount()).minus(refundingAmount()) : Money.zero(currency);
    }

    /**
     * Starts a refund of {@code amount}, or of all that is left when it is null: refused while another refund of this
     * payment is unsettled (that one is to be completed first), when nothing is left, or when it is more than is left.
     */
    public Refund requestRefund(String refundNumber, Money amount, String reason, Actor actor) {
        if (refundingAmount.signum() > 0) {
            throw new KervanException(PaymentError.REFUND_IN_PROGRESS, "A refund of " + refundingAmount()
                    + " on payment " + paymentNumber + " is not settled yet; complete it first");
        }
        Money left = refundable();
        if (left.isZero()) {
            throw new KervanException(PaymentError.NOT_REFUNDABLE, "Payment " + paymentNumber + " is "
                    + status.code() + "; only completed payments with something left can be refunded");
        }
        Money requested = amount == null ? left : amount;
        if (!requested.currency().equals(currency) || requested.isZero()
                || requested.amount().compareTo(left.amount()) > 0) {
            throw new KervanException(PaymentError.REFUND_TOO_LARGE, "At most " + left
                    + " can still be refunded on payment " + paymentNumber);
        }
        refundingAmount = requested.amount();
        updatedAt = Instant.now();
        return new Refund(id(), refundNumber, requested, reason, actor);
    }

    /**
     * The provider gave {@code refund} back: it is counted as refunded.
     *
     * @return true when nothing is left to refund
     */
    public boolean refundSucceeded(Refund refund, String providerReference) {
        requireOwn(refund);
        refund.succeed(providerReference);
        refundingAmount = BigDecimal.ZERO;
        refundedAmount = refundedAmount.add(refund.amount().amount());
        status = amount().minus(refundedAmount()).isZero() ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED;
        updatedAt = Instant.now();
        return status == PaymentStatus.REFUNDED;
    }

    /** The provider took {@code refund} in for review: its amount stays counted as under way until it decides. */
    public void refundPending(Refund refund, String providerReference) {
        requireOwn(refund);
        refund.awaitReview(providerReference);
        updatedAt = Instant.now();
    }

    /** The provider refused {@code refund}: its amount is refundable again. */
    public void refundFailed(Refund refund, String reason) {
        requireOwn(refund);
        refund.fail(reason);
        refundingAmount = BigDecimal.ZERO;
        updatedAt = Instant.now();
    }

    private void requireOwn(Refund refund) {
        if (!refund.paymentId().equals(id())) {
            throw new IllegalArgumentException("Refund " + refund.refundNumber() + " is not one of payment "
                    + paymentNumber + "'s");
        }
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

    public Money refundingAmount() {
        return Money.of(refundingAmount, currency);
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

    /** Whether the provider's answer is in: paid (and perhaps refunded since) or failed; nobody need ask it again. */
    public boolean isSettled() {
        return isPaid() || status == PaymentStatus.FAILED;
    }

    private boolean isPaid() {
        return status == PaymentStatus.COMPLETED || status == PaymentStatus.PARTIALLY_REFUNDED
                || status == PaymentStatus.REFUNDED;
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

    public int installmentCount() {
        return installmentCount;
    }

    /** What the card is (or was) charged in all; the amount while nothing else is known. */
    public Money charged() {
        return Money.of(chargedAmount == null ? amount : chargedAmount, currency);
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
