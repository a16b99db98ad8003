package io.kervan.web.json;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;

/**
 * Where a {@link StrictJsonParser} stands: the line and column, and the field as the client named it (the nearest
 * key; {@code body} at the top). JSON-B hands Kervan's deserializers a parser of its own around the strict one, whose
 * location it passes through, so this is how a deserializer learns which field it refuses.
 */
record FieldLocation(String field, long lineNumber, long columnNumber, long streamOffset) implements JsonLocation {

    static final String BODY = "body";

    static FieldLocation of(String field, JsonLocation location) {
        return new FieldLocation(field, location.getLineNumber(), location.getColumnNumber(),
                location.getStreamOffset());
    }

    /** The field {@code parser} is reading, or {@code body} when it does not know. */
    static String fieldOf(JsonParser parser) {
        return parser.getLocation() instanceof FieldLocation location ? location.field() : BODY;
    }

    @Override
    public long getLineNumber() {
        return lineNumber;
    }

    @Override
    public long getColumnNumber() {
        return columnNumber;
    }

    @Override
    public long getStreamOffset() {
        return streamOffset;
    }
}
