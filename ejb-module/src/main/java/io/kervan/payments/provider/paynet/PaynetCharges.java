package io.kervan.payments.provider.paynet;

import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PAYNET's answers about a charge mean for a Kervan payment: {@code tds_charge}'s answer (code 0, or 100 for a
 * repeat of a charge that had succeeded) and {@code transaction/check}'s record by {@code reference_no}, which is
 * Kervan's payment number. A paid payment's {@code xact_id} and the bank's codes come back as references for refunds.
 */
final class PaynetCharges {

    /** PAYNET's answer to a repeated tds_charge whose first run succeeded: "Önceki Başarılı İşlem". */
    static final int EARLIER_SUCCESS = 100;
    /** transaction/check: no record. */
    static final int NOT_FOUND = 12;

    private PaynetCharges() {
    }

    /** The record of {@code referenceNo}: a successful attempt wins; none yet is pending; only failures decline. */
    static ProviderOutcome recorded(PaynetGateway gateway, PaynetAccount account, String referenceNo) {
        JsonObject answer = gateway.read(account, PaynetGateway.CHECK, JsonDocuments.object()
                .add("reference_no", referenceNo).build());
        int code = PaynetJson.code(answer);
        if (code == NOT_FOUND) {
            return new ProviderOutcome(ProviderOutcome.Result.PENDING, null,
                    "PAYNET has no transaction for " + referenceNo + " yet");
        }
        if (code != 0) {
            throw new ProviderRefusedException("PAYNET refused the transaction check: " + PaynetJson.describe(answer));
        }
        List<JsonObject> attempts = answer.containsKey("Data") ? answer.getJsonArray("Data").stream()
                .map(JsonValue::asJsonObject).toList() : List.of();
        return attempts.stream().filter(t -> PaynetJson.flag(t, "is_succeed")).findFirst()
                .map(t -> succeeded(t, "PAYNET transaction " + PaynetJson.text(t, "xact_id"), "authorization_code"))
                .orElseGet(() -> attempts.isEmpty()
                        ? new ProviderOutcome(ProviderOutcome.Result.PENDING, null, "PAYNET lists no attempt yet")
                        : new ProviderOutcome(ProviderOutcome.Result.DECLINED, PaynetJson.amount(attempts.get(0),
                        "amount"), "PAYNET declined the payment"));
    }

    /** tds_charge's answer for the payment {@code referenceNo} of {@code amount}. */
    static ProviderOutcome charged(JsonObject answer, String referenceNo, Money amount) {
        int code = PaynetJson.code(answer);
        boolean succeeded = PaynetJson.flag(answer, "is_succeed");
        if ((code == 0 || code == EARLIER_SUCCESS) && succeeded) {
            if (!referenceNo.equals(PaynetJson.text(answer, "reference_no"))) {
                // Only a session Kervan opened for this payment is charged, so this would be PAYNET's mistake.
                return new ProviderOutcome(ProviderOutcome.Result.PENDING, null,
                        "PAYNET charged a transaction of another reference; the payment is asked about again");
            }
            return succeeded(answer, PaynetJson.describe(answer), "bank_authorization_code");
        }
        if (PaynetJson.text(answer, "is_succeed") != null && !succeeded || code == 16 || code == 17) {
            // A decline, a failed 3-D Secure, or a session whose one charge had failed before.
            String bank = PaynetJson.text(answer, "bank_error_id");
            return new ProviderOutcome(ProviderOutcome.Result.DECLINED, amount, "PAYNET declined the payment: "
                    + PaynetJson.describe(answer) + (bank == null ? "" : " (bank code " + bank + ")"));
        }
        // The session or token did not match (a forged or stale post): nothing was charged, nothing changes.
        return new ProviderOutcome(ProviderOutcome.Result.PENDING, null,
                "callback ignored: PAYNET refused to charge it (" + PaynetJson.describe(answer) + ")");
    }

    /**
     * A successful transaction: its amount is what the card paid (the shop pays PAYNET's fee, so the order's total in
     * any number of installments), in the installments PAYNET reports, which Kervan checks against the shopper's
     * choice.
     */
    private static ProviderOutcome succeeded(JsonObject t, String message, String authorizationField) {
        String instalment = PaynetJson.text(t, "instalment");
        Money amount = PaynetJson.amount(t, "amount");
        return new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, amount, message,
                references(t, authorizationField), instalment != null && instalment.matches("\\d{1,2}")
                ? Integer.parseInt(instalment) : 1, amount);
    }

    private static Map<String, String> references(JsonObject t, String authorizationField) {
        Map<String, String> references = new TreeMap<>();
        put(references, "xact_id", PaynetJson.text(t, "xact_id"));
        put(references, "authorization_code", PaynetJson.text(t, authorizationField));
        put(references, "instalment", PaynetJson.text(t, "instalment"));
        return references;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
