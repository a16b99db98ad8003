package io.kervan.web.json;

import io.kervan.shared.domain.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts ({@code price}, {@code amount}, {@code percentage}, …) as JSON-B reads them into {@code BigDecimal}: a JSON
 * number, or a decimal written as the API itself writes amounts ({@code "12.50"}). Anything else, an exponent in a
 * string included, is a 400 naming the field; Bean Validation's {@code @Digits} then bounds the scale and precision.
 */
final class Decimals implements JsonbDeserializer<BigDecimal> {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text && PLAIN_DECIMAL.matcher(text.getString()).matches()) {
            return new BigDecimal(text.getString());
        }
        String field = FieldLocation.fieldOf(parser);
        throw new InvalidInputException(field, field + " must be a decimal number such as 12.50");
    }
}
