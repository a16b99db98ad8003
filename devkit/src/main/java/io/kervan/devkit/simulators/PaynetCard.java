package io.kervan.devkit.simulators;

/**
 * A card PAYNET keeps for a merchant's customer (docs "Kart Saklama"): found again by its {@code card_hash}, listed by
 * the {@code card_owner_id} PAYNET gave the customer; the card number itself never leaves the simulator.
 */
record PaynetCard(String merchantKey, String cardHash, String cardOwnerId, String userUniqueId, String description,
                  String holder, String pan, String month, String year) {

    String masked() {
        return CardNumbers.masked(pan);
    }
}
