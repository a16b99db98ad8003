package io.kervan.payments.provider.paynet;

import io.kervan.shared.domain.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PAYNET's JSON as Kervan reads and writes it: fields that come as strings or numbers alike, {@code code} 0 for
 * success, and its two ways of writing an amount: tds_initial wants a decimal with a comma ({@code "129,90"}), refund
 * requests want kuruş ({@code "12990"}, the amount x 100); answers carry decimal numbers.
 */
final class PaynetJson {

    static final String CURRENCY = "TRY";

    private PaynetJson() {
    }

    static String text(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }

    static int code(JsonObject json) {
        String code = text(json, "code");
        return code != null && code.matches("-?\\d{1,9}") ? Integer.parseInt(code) : -1;
    }

    static boolean flag(JsonObject json, String name) {
        return "true".equalsIgnoreCase(text(json, name));
    }

    /** A decimal amount of an answer, in lira; null when absent or not a number. */
    static Money amount(JsonObject json, String name) {
        String text = text(json, name);
        if (text == null) {
            return null;
        }
        try {
            return Money.of(new BigDecimal(text.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY), CURRENCY);
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            return null;
        }
    }

    /** {@code 129.90 TRY} as tds_initial takes it: {@code "129,90"}. */
    static String commaDecimal(Money amount) {
        return amount.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    /** {@code 129.90 TRY} as reversed_request takes it: {@code "12990"}. */
    static String kurus(Money amount) {
        return amount.amount().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String describe(JsonObject answer) {
        String message = text(answer, "message");
        return code(answer) + (message == null ? "" : ": " + message);
    }
}
