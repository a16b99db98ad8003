package io.kervan.web.json;

import io.kervan.shared.domain.InvalidInputException;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Flags ({@code active}, …) as JSON-B reads them into {@code Boolean}: JSON {@code true} or {@code false}. Yasson on
 * its own reads any string, so {@code "yes"} would quietly be false; here it is a 400 naming the field.
 */
final class Booleans implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String field = FieldLocation.fieldOf(parser);
        throw new InvalidInputException(field, field + " must be true or false");
    }
}
