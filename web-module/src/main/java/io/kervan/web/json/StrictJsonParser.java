package io.kervan.web.json;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The platform's JSON parser (Parsson), as JSON-B reads request bodies through it, with Kervan's rules for what a
 * request may hold. Each rule is checked on the event as it is parsed, so it holds for every endpoint and every type:
 * <ul>
 * <li>no name or text holds U+0000, which PostgreSQL cannot store;</li>
 * <li>a number literal has at most {@value #MAX_NUMBER_LENGTH} characters and an exponent of at most
 * {@value #MAX_EXPONENT} either way: checked on the literal's text, before anything makes a {@code BigDecimal} or
 * {@code BigInteger} of it, so no request makes the server work or allocate in proportion to an exponent (Parsson's
 * own limits bound the literal's length and {@code BigInteger} conversions, not {@code 1e2000});</li>
 * <li>the body is one JSON object (every request is an object; Yasson would read a map from an array or a scalar,
 * and at the top it uses no deserializer of Kervan's for maps), and nothing follows it.</li>
 * </ul>
 * It tracks the field it is in, so a refusal names it, and tells Kervan's deserializers through
 * {@link #getLocation()}.
 */
final class StrictJsonParser implements JsonParser {

    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_EXPONENT = 40;

    /** An open object or array: the field it is the value of, and (in an object) the key read last. */
    private static final class Level {
        private final boolean object;
        private final String name;
        private String key;

        private Level(boolean object, String name) {
            this.object = object;
            this.name = name;
        }

        private String field() {
            return key != null ? key : name;
        }
    }

    private final JsonParser parser;
    private final JsonProvider provider;
    private final Deque<Level> levels = new ArrayDeque<>();
    private Event event;
    private String text;
    private boolean valueRead;
    private boolean endChecked;

    StrictJsonParser(JsonParser parser, JsonProvider provider) {
        this.parser = parser;
        this.provider = provider;
    }

    @Override
    public boolean hasNext() {
        if (valueRead) {
            requireNothingMore();
            return false;
        }
        return parser.hasNext();
    }

    @Override
    public Event next() {
        boolean first = event == null;
        event = parser.next();
        text = null;
        if (first && event != Event.START_OBJECT) {
            throw new InvalidInputException(FieldLocation.BODY,
                    "the body must be a JSON object, such as {\"name\": \"value\"}");
        }
        switch (event) {
            case START_OBJECT, START_ARRAY -> levels.push(new Level(event == Event.START_OBJECT, field()));
            case END_OBJECT, END_ARRAY -> levels.pop();
            case KEY_NAME -> {
                // a key that cannot be read is named by the object it is in
                levels.element().key = null;
                text = withoutNul(parser.getString());
                levels.element().key = text;
            }
            case VALUE_STRING -> text = withoutNul(parser.getString());
            case VALUE_NUMBER -> text = boundedNumber(parser.getString());
            default -> {
                // true, false and null need no check
            }
        }
        valueRead = levels.isEmpty();
        return event;
    }

    @Override
    public Event currentEvent() {
        return event;
    }

    @Override
    public String getString() {
        return text != null ? text : parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return FieldLocation.of(field(), parser.getLocation());
    }

    @Override
    public JsonValue getValue() {
        return switch (event) {
            case START_OBJECT -> readObject();
            case START_ARRAY -> readArray();
            default -> parser.getValue();
        };
    }

    @Override
    public JsonObject getObject() {
        if (event != Event.START_OBJECT) {
            throw new IllegalStateException("getObject() needs START_OBJECT, not " + event);
        }
        return readObject();
    }

    @Override
    public JsonArray getArray() {
        if (event != Event.START_ARRAY) {
            throw new IllegalStateException("getArray() needs START_ARRAY, not " + event);
        }
        return readArray();
    }

    @Override
    public void skipObject() {
        skip(true);
    }

    @Override
    public void skipArray() {
        skip(false);
    }

    /** Closes the parser; a body that was read whole must end there. */
    @Override
    public void close() {
        try {
            if (valueRead) {
                requireNothingMore();
            }
        } finally {
            parser.close();
        }
    }

    /** The field the current event belongs to, as the client named it: the nearest key, {@code body} at the top. */
    private String field() {
        Level level = levels.peek();
        return level == null ? FieldLocation.BODY : level.field();
    }

    private String withoutNul(String value) {
        if (value.indexOf('\u0000') >= 0) {
            String field = field();
            throw new InvalidInputException(field, field + " must not contain the NUL character (U+0000)");
        }
        return value;
    }

    private String boundedNumber(String literal) {
        if (literal.length() > MAX_NUMBER_LENGTH || exponent(literal) > MAX_EXPONENT) {
            String field = field();
            throw new InvalidInputException(field, field + " is not a number Kervan takes: at most "
                    + MAX_NUMBER_LENGTH + " characters, with an exponent of at most " + MAX_EXPONENT);
        }
        return literal;
    }

    /** The size of a literal's exponent, without its sign; a literal of at most 40 characters has a short one. */
    private static int exponent(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e < 0) {
            return 0;
        }
        String digits = literal.substring(e + 1).replaceFirst("^[+-]?0*", "");
        return digits.length() > 3 ? Integer.MAX_VALUE : digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private void requireNothingMore() {
        if (endChecked) {
            return;
        }
        endChecked = true;
        try {
            if (!parser.hasNext()) {
                return;
            }
        } catch (JsonParsingException somethingFollows) {
            // Parsson's way of saying that the value is followed by more than white space
        }
        FieldError error = new FieldError(FieldLocation.BODY, "the body must be one JSON value with nothing after it");
        throw new KervanException(CommonError.MALFORMED_REQUEST, "The request body goes on after its JSON value; "
                + "send exactly one JSON value", Map.of("errors", List.of(error)));
    }

    private JsonObject readObject() {
        JsonObjectBuilder object = provider.createObjectBuilder();
        while (next() != Event.END_OBJECT) {
            String name = getString();
            next();
            object.add(name, value());
        }
        return object.build();
    }

    private JsonArray readArray() {
        JsonArrayBuilder array = provider.createArrayBuilder();
        while (next() != Event.END_ARRAY) {
            array.add(value());
        }
        return array.build();
    }

    private JsonValue value() {
        return switch (event) {
            case START_OBJECT -> readObject();
            case START_ARRAY -> readArray();
            default -> parser.getValue();
        };
    }

    /** Reads on to the end of the innermost object (or array); nothing happens outside one. */
    private void skip(boolean object) {
        Level level = levels.peek();
        if (level == null || level.object != object) {
            return;
        }
        int depth = levels.size();
        while (levels.size() >= depth) {
            next();
        }
    }
}
