package io.kervan.payments.domain;

import io.kervan.integrations.domain.Sealed;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The provider's own key for one customer of one integration (PAYNET's {@code card_owner_id}, iyzico's
 * {@code cardUserKey}), sealed: given by the provider with the customer's first saved card, and sent with every card
 * they save later so it joins the same provider user. It outlives the cards (deleting them all keeps it).
 */
@Entity
@Table(name = "card_owners")
public class CardOwner extends TenantOwned {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "integration_id", nullable = false, updatable = false)
    private UUID integrationId;

    @Column(name = "key_ciphertext", nullable = false)
    private byte[] keyCiphertext;

    @Column(name = "key_nonce", nullable = false)
    private byte[] keyNonce;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CardOwner() {
        // for JPA
    }

    public CardOwner(UUID customerId, UUID integrationId, Sealed key) {
        super(UUID.randomUUID());
        this.customerId = customerId;
        this.integrationId = integrationId;
        this.keyCiphertext = key.ciphertext();
        this.keyNonce = key.nonce();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Sealed key() {
        return new Sealed(keyCiphertext, keyNonce);
    }
}
