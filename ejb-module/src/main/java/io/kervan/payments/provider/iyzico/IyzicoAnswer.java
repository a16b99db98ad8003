package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of iyzico's JSON answers: {@code status} ({@code success} or {@code failure}), {@code errorCode},
 * {@code errorMessage}, and the model's fields. Values are read as iyzico's signature generator writes them: numbers
 * in plain notation without trailing zeros, a missing field as null.
 */
record IyzicoAnswer(JsonObject json) {

    boolean succeeded() {
        return "success".equals(text("status"));
    }

    String text(String name) {
        return text(json, name);
    }

    BigDecimal decimal(String name) {
        String value = text(name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new ProviderRefusedException("iyzico answered a " + name + " that is not a number");
        }
    }

    /** {@code amount} in {@code currency} as a Kervan amount, or null when either is missing. */
    Money money(String amount, String currency) {
        BigDecimal value = decimal(amount);
        return value == null || text(currency) == null ? null : Money.of(value, text(currency));
    }

    List<JsonObject> objects(String name) {
        return json.get(name) instanceof JsonArray array
                ? array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList()
                : List.of();
    }

    /** What iyzico said went wrong, for a message: its code and text. */
    String error() {
        String code = text("errorCode");
        String message = text("errorMessage");
        return (code == null ? "" : code + ": ") + (message == null ? "no reason given" : message);
    }

    /**
     * Whether the answer's {@code signature} is the HMAC of {@code fields} (named in the model's order) under the
     * shop's secret key; an answer that carries none is not signed.
     */
    boolean signedWith(String secretKey, String... fields) {
        String[] values = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = text(fields[i]);
        }
        return IyzicoSignatures.same(IyzicoSignatures.answer(secretKey, values), text("signature"));
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }
}
