package io.kervan.payments.provider.paynet;

import io.kervan.payments.provider.CardKeeping;
import io.kervan.payments.provider.KeptCard;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.StoredCard;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.KervanException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * PAYNET's card keeping (docs "Kart Saklama", FAQ "Kart Saklama Süreci"): tds_initial carries {@code card_save:
 * "true"} and {@code card_desc}, with {@code user_unique_id} (Kervan's customer id) for the customer's first card and
 * the {@code card_owner_id} PAYNET gave them afterwards; tds_charge answers {@code is_save_card_succeed} with
 * {@code card_owner_id} and the card's {@code card_hash}. When the answer names no card_hash (PAYNET documents it
 * only in {@code v1/card/list}), the owner's list is read and the card found by its masked number and description.
 * A kept card pays with {@code card_hash} and {@code card_owner_id} instead of the card, and is deleted with
 * {@code v1/card/delete}.
 */
final class PaynetCards {

    static final String LIST = "/v1/card/list";
    static final String DELETE = "/v1/card/delete";
    /** card/delete and tds_initial: PAYNET knows no such card ("Kart bulunamadı"). */
    static final int CARD_NOT_FOUND = 25;

    private PaynetCards() {
    }

    static void keep(JsonObjectBuilder initial, CardKeeping keeping) {
        initial.add("card_save", "true").add("card_desc", keeping.label());
        if (keeping.ownerKey() != null) {
            initial.add("card_owner_id", keeping.ownerKey());
        } else {
            initial.add("user_unique_id", keeping.customerRef());
        }
    }

    static void payWith(JsonObjectBuilder initial, StoredCard card) {
        initial.add("card_hash", card.cardToken()).add("card_owner_id", card.ownerKey());
    }

    /**
     * The card tds_charge kept, or null when none was asked for, PAYNET could not keep it, or it could not be found in
     * the owner's list (the charge stands either way).
     */
    static KeptCard kept(PaynetGateway gateway, PaynetAccount account, JsonObject charge) {
        String owner = PaynetJson.text(charge, "card_owner_id");
        String masked = PaynetJson.text(charge, "card_no_masked");
        if (!PaynetJson.flag(charge, "is_save_card_succeed") || owner == null || masked == null
                || !masked.matches("\\d{6}[\\d*Xx]+\\d{4}")) {
            return null;
        }
        String hash = PaynetJson.text(charge, "card_hash");
        JsonObject listed = null;
        if (hash == null) {
            try {
                listed = listed(gateway, account, owner, masked);
            } catch (KervanException unanswered) {
                // The charge stands whatever the list says; the card is just not offered next time.
                return null;
            }
        }
        if (hash == null) {
            hash = listed == null ? null : PaynetJson.text(listed, "card_hash");
            if (hash == null) {
                return null;
            }
        }
        String bin = masked.substring(0, 6);
        return new KeptCard(new StoredCard(owner, hash), KeptCard.brand(PaynetJson.text(listed,
                "card_brand_name"), bin), bin, masked.substring(masked.length() - 4),
                number(PaynetJson.text(listed, "expire_month")), number(PaynetJson.text(listed, "expire_year")));
    }

    /** Deletes a kept card; one PAYNET no longer knows is deleted already. */
    static void forget(PaynetGateway gateway, PaynetAccount account, StoredCard card) {
        JsonObject answer = gateway.send(account, DELETE, JsonDocuments.object()
                .add("card_owner_id", card.ownerKey()).add("card_hash", card.cardToken()).build(),
                "the card is still saved; try again in a moment");
        int code = PaynetJson.code(answer);
        if (code != 0 && code != CARD_NOT_FOUND) {
            throw new ProviderRefusedException("PAYNET did not delete the card: " + PaynetJson.describe(answer));
        }
    }

    /** The newest entry of the owner's list with the same masked number. */
    private static JsonObject listed(PaynetGateway gateway, PaynetAccount account, String owner, String masked) {
        JsonObject answer = gateway.read(account, LIST, JsonDocuments.object().add("card_owner_id", owner).build());
        List<JsonObject> cards = answer.get("Data") instanceof jakarta.json.JsonArray data ? data.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList()
                : List.of();
        return cards.stream().filter(c -> masked.equals(PaynetJson.text(c, "card_no_masked"))
                || masked.equals(PaynetJson.text(c, "card_no"))).reduce((first, second) -> second).orElse(null);
    }

    private static Integer number(String text) {
        return text == null || !text.matches("\\d{1,4}") ? null : Integer.valueOf(text);
    }
}
