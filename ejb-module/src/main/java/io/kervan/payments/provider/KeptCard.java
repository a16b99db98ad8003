package io.kervan.payments.provider;

/**
 * What the provider said about a card it has just kept, with the charge that paid: its tokens ({@link StoredCard}),
 * and what Kervan may show of it: the brand (Kervan's names: {@code VISA}, {@code MASTERCARD}, {@code TROY},
 * {@code AMEX}, else {@code CARD}), the BIN (first six digits, for installments) and the last four digits; the expiry
 * where the provider tells it (else null). {@code toString} withholds the tokens.
 */
public record KeptCard(StoredCard stored, String brand, String bin, String lastFour, Integer expiryMonth,
                       Integer expiryYear) {

    public KeptCard {
        if (stored == null || stored.ownerKey() == null || stored.cardToken() == null) {
            throw new IllegalArgumentException("a kept card needs the provider's owner key and card token");
        }
        if (bin == null || !bin.matches("\\d{6,8}") || lastFour == null || !lastFour.matches("\\d{4}")) {
            throw new IllegalArgumentException("a kept card needs its BIN and last four digits");
        }
    }

    /** Kervan's name for a card brand, from the provider's word for it or, failing that, from the BIN. */
    public static String brand(String providerSays, String bin) {
        String said = providerSays == null ? "" : providerSays.toUpperCase(java.util.Locale.ROOT).replace("_", "");
        if (said.contains("VISA")) {
            return "VISA";
        }
        if (said.contains("MASTER")) {
            return "MASTERCARD";
        }
        if (said.contains("TROY")) {
            return "TROY";
        }
        if (said.contains("AMEX") || said.contains("AMERICAN")) {
            return "AMEX";
        }
        if (bin == null || bin.isEmpty()) {
            return "CARD";
        }
        return bin.startsWith("4") ? "VISA" : bin.startsWith("9792") || bin.startsWith("65") ? "TROY"
                : bin.startsWith("34") || bin.startsWith("37") ? "AMEX"
                : bin.matches("5[1-5].*|2[2-7].*") ? "MASTERCARD" : "CARD";
    }

    @Override
    public String toString() {
        return "KeptCard[" + brand + " ••••" + lastFour + ", tokens withheld]";
    }
}
