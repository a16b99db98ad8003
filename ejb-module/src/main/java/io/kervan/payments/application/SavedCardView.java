package io.kervan.payments.application;

import io.kervan.payments.domain.SavedCard;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved card as the customer sees it: the brand, the last four digits, the expiry where the provider told it, its
 * label and provider. Never a token, never more of the number.
 */
public record SavedCardView(UUID id, String brand, String lastFour, Integer expiryMonth, Integer expiryYear,
                            String label, String provider, Instant createdAt) {

    static SavedCardView of(SavedCard card) {
        SavedCard.Face face = card.face();
        return new SavedCardView(card.id(), face.brand(), face.lastFour(), face.expiryMonth(), face.expiryYear(),
                face.label(), card.providerType().code(), card.createdAt());
    }
}
