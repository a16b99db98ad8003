package io.kervan.devkit.simulators;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON-P (Parsson) for the iyzico and PAYNET simulators: request bodies read leniently, the way a provider that
 * accepts numbers as strings reads them, and answers written with nulls left out.
 */
final class SimulatorJson {

    /** Found once: {@code jakarta.json.Json.create…} would search the class path on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private SimulatorJson() {
    }

    /** The body as an object, or null when it is not a JSON object. */
    static JsonObject read(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** A string, a number's text or a boolean's text; null when absent, null or blank. */
    static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? null : text;
    }

    static JsonObject object(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonObject inner ? inner : null;
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonArray array
                ? array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList()
                : null;
    }

    /**
     * A decimal sent as a JSON number or as a string with a dot ({@code 1.2}, {@code "1.2"}), exactly as written;
     * null when absent.
     *
     * @throws NumberFormatException when it is there and not such a number
     */
    static BigDecimal decimal(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString s && s.getString().trim().matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s.getString().trim());
        }
        throw new NumberFormatException(name + " is not a number: " + value);
    }

    /** A builder that leaves out null values, so answers carry only what is known. */
    static Fields fields() {
        return new Fields(JSON.createObjectBuilder());
    }

    static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** Money written as a plain number without trailing zeros ({@code 1.20} as {@code 1.2}, {@code 10} as 10). */
    static BigDecimal plain(BigDecimal amount) {
        return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }

    record Fields(JsonObjectBuilder builder) {

        Fields put(String name, Object value) {
            if (value instanceof String s) {
                builder.add(name, s);
            } else if (value instanceof BigDecimal d) {
                builder.add(name, d);
            } else if (value instanceof Integer i) {
                builder.add(name, i);
            } else if (value instanceof Long l) {
                builder.add(name, l);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Fields f) {
                builder.add(name, f.builder());
            } else if (value instanceof JsonArrayBuilder a) {
                builder.add(name, a);
            } else if (value instanceof JsonValue v) {
                builder.add(name, v);
            } else if (value != null) {
                builder.add(name, value.toString());
            }
            return this;
        }

        JsonObject build() {
            return builder.build();
        }

        /** The object as text; the builder is used up. */
        String json() {
            return builder.build().toString();
        }
    }
}
