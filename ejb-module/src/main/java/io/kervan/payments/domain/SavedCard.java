package io.kervan.payments.domain;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Sealed;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A card a payment provider keeps for one customer of one of the shop's integrations. Kervan holds only the
 * provider's tokens, sealed (the owner key it was saved under and the card's token), and what may be shown of the
 * card: its brand, BIN and last four digits, the expiry where the provider told it, and a label. It belongs to its
 * customer alone: {@link #isOf} is asked before it is shown, used or deleted.
 */
@Entity
@Table(name = "saved_cards")
public class SavedCard extends TenantOwned {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "integration_id", nullable = false, updatable = false)
    private UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, updatable = false)
    private ProviderType providerType;

    @Column(name = "owner_ciphertext", nullable = false, updatable = false)
    private byte[] ownerCiphertext;

    @Column(name = "owner_nonce", nullable = false, updatable = false)
    private byte[] ownerNonce;

    @Column(name = "token_ciphertext", nullable = false, updatable = false)
    private byte[] tokenCiphertext;

    @Column(name = "token_nonce", nullable = false, updatable = false)
    private byte[] tokenNonce;

    @Column(nullable = false, updatable = false)
    private String brand;

    @Column(nullable = false, updatable = false)
    private String bin;

    @Column(name = "last_four", nullable = false, updatable = false)
    private String lastFour;

    @Column(name = "expiry_month", updatable = false)
    private Short expiryMonth;

    @Column(name = "expiry_year", updatable = false)
    private Short expiryYear;

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SavedCard() {
        // for JPA
    }

    /** What the card shows: its brand, BIN, last four digits, expiry (null where unknown) and label. */
    public record Face(String brand, String bin, String lastFour, Integer expiryMonth, Integer expiryYear,
                       String label) {
    }

    public SavedCard(UUID customerId, UUID integrationId, ProviderType providerType, Sealed ownerKey,
                     Sealed cardToken, Face face) {
        super(UUID.randomUUID());
        this.customerId = customerId;
        this.integrationId = integrationId;
        this.providerType = providerType;
        this.ownerCiphertext = ownerKey.ciphertext();
        this.ownerNonce = ownerKey.nonce();
        this.tokenCiphertext = cardToken.ciphertext();
        this.tokenNonce = cardToken.nonce();
        this.brand = face.brand();
        this.bin = face.bin();
        this.lastFour = face.lastFour();
        this.expiryMonth = face.expiryMonth() == null ? null : face.expiryMonth().shortValue();
        this.expiryYear = face.expiryYear() == null ? null : face.expiryYear().shortValue();
        this.label = face.label();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether it is this customer's card, kept through this integration. */
    public boolean isOf(UUID customer, UUID integration) {
        return customerId.equals(customer) && integrationId.equals(integration);
    }

    public boolean isOf(UUID customer) {
        return customerId.equals(customer);
    }

    public Sealed ownerKey() {
        return new Sealed(ownerCiphertext, ownerNonce);
    }

    public Sealed cardToken() {
        return new Sealed(tokenCiphertext, tokenNonce);
    }

    public Face face() {
        return new Face(brand, bin, lastFour, expiryMonth == null ? null : expiryMonth.intValue(),
                expiryYear == null ? null : expiryYear.intValue(), label);
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public ProviderType providerType() {
        return providerType;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
