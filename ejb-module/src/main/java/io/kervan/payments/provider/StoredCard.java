package io.kervan.payments.provider;

/**
 * A card the provider keeps, as Kervan names it to the provider: the provider's key for the customer and its token
 * for the card (PAYNET's {@code card_owner_id} and {@code card_hash}; iyzico's {@code cardUserKey} and
 * {@code cardToken}). Both are secrets of a kind: {@code toString} withholds them.
 */
public record StoredCard(String ownerKey, String cardToken) {

    @Override
    public String toString() {
        return "StoredCard[tokens withheld]";
    }
}
