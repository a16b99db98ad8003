package io.kervan.web.json;

import io.kervan.shared.domain.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Counts ({@code quantity}, {@code stock}, {@code min_days}, …) as JSON-B reads them into {@code Integer} and
 * {@code Long}: a JSON number written as a whole number, within the type's range. Yasson on its own would take
 * {@code 1.9} as 1, {@code 4294967297} as 1 and {@code "3"} as 3; here each is a 400 naming the field. Bean
 * Validation then checks the range that the field itself allows.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = read(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /** The parser's value, which {@link StrictJsonParser} has already bounded to a short literal. */
    private static Long read(JsonParser parser, long min, long max) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        String field = FieldLocation.fieldOf(parser);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(field, field + " must be a whole number, written as a JSON number "
                    + "without quotes, a decimal point or an exponent");
        }
        BigDecimal whole = number.bigDecimalValue();
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInputException(field, field + " is out of range");
        }
        return whole.longValueExact();
    }
}
