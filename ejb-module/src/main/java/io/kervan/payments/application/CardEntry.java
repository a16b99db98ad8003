package io.kervan.payments.application;

import io.kervan.payments.provider.CardDetails;

import java.util.UUID;

/**
 * What the shopper gave on Kervan's card page: a typed {@code card} (which the provider is to keep when {@code keep}),
 * or the id of one of their {@code savedCardId}s. {@code customerId} is who is signed in on the browser (null: a
 * guest); it counts only for saving and saved cards.
 */
public record CardEntry(CardDetails card, boolean keep, UUID savedCardId, UUID customerId) {

    public CardEntry {
        if ((card == null) == (savedCardId == null)) {
            throw new IllegalArgumentException("a card entry is a typed card or a saved card, not both or neither");
        }
        if (savedCardId != null && keep) {
            throw new IllegalArgumentException("a saved card is kept already");
        }
    }

    public static CardEntry typed(CardDetails card, boolean keep, UUID customerId) {
        return new CardEntry(card, keep, null, customerId);
    }

    public static CardEntry saved(UUID savedCardId, UUID customerId) {
        return new CardEntry(null, false, savedCardId, customerId);
    }

    boolean concernsSavedCards() {
        return keep || savedCardId != null;
    }

    @Override
    public String toString() {
        return savedCardId != null ? "CardEntry[saved card " + savedCardId + "]"
                : "CardEntry[" + card + (keep ? ", to keep" : "") + "]";
    }
}
