package io.kervan.web.json;

import io.kervan.shared.domain.InvalidInputException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.Map;

/**
 * Free-form objects ({@code Map<String, Object>}, such as an integration's {@code config}) must be JSON objects. Yasson
 * reads a map from a JSON array too (as entries, or, for {@code [1,2]}, as {@code {null: 2}}); here an array or a
 * scalar is a 400 naming the field. Inside, values are read as Yasson reads them for {@code Object}. (A whole body
 * read as a map, a Telegram login, gets no deserializer from Yasson: {@link StrictJsonParser} requires an object.)
 */
final class JsonObjects implements JsonbDeserializer<Map<String, Object>> {

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String field = FieldLocation.fieldOf(parser);
        Object value = context.deserialize(Object.class, parser);
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new InvalidInputException(field, field + " must be a JSON object, such as {\"name\": \"value\"}");
    }
}
