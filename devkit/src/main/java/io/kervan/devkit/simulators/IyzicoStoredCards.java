package io.kervan.devkit.simulators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iyzico's card storage as the simulator keeps it (iyzipay-java {@code Card}, {@code CardInformation}): per merchant,
 * users by {@code cardUserKey}, each with cards by {@code cardToken}. A card registered during a 3-D Secure payment
 * joins the user named by the request's {@code cardUserKey}, or a new user; a token pays, or is deleted, only for its
 * own merchant and user. Called under the ledger's lock.
 */
final class IyzicoStoredCards {

    /** A kept card: the number never leaves the simulator. */
    record Stored(String apiKey, String cardUserKey, String cardToken, String holder, String number,
                  String expireMonth, String expireYear, String alias) {
    }

    private final Map<String, Stored> byToken = new LinkedHashMap<>();
    private final List<String> users = new ArrayList<>();

    boolean userKnown(String apiKey, String cardUserKey) {
        return users.contains(apiKey + "|" + cardUserKey);
    }

    /** The card, when it is this merchant's and this user's. */
    Stored find(String apiKey, String cardUserKey, String cardToken) {
        Stored card = cardToken == null ? null : byToken.get(cardToken);
        return card != null && card.apiKey().equals(apiKey) && card.cardUserKey().equals(cardUserKey) ? card : null;
    }

    /** Keeps the card for the user {@code cardUserKey} (null: a new user); the same number keeps its token. */
    Stored register(String apiKey, String cardUserKey, IyzicoOrder.Card card) {
        String user = cardUserKey != null ? cardUserKey : IyzicoLedger.random(18);
        if (cardUserKey == null) {
            users.add(apiKey + "|" + user);
        }
        Stored existing = byToken.values().stream().filter(c -> c.apiKey().equals(apiKey)
                && c.cardUserKey().equals(user) && c.number().equals(card.number())).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        Stored stored = new Stored(apiKey, user, IyzicoLedger.random(18), card.holder(), card.number(),
                card.expireMonth(), card.expireYear(), card.cardAlias());
        byToken.put(stored.cardToken(), stored);
        return stored;
    }

    boolean delete(String apiKey, String cardUserKey, String cardToken) {
        return find(apiKey, cardUserKey, cardToken) != null && byToken.remove(cardToken) != null;
    }

    long count(String lastFour) {
        return byToken.values().stream().filter(c -> c.number().endsWith(lastFour)).count();
    }
}
