package io.kervan.shared.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.io.StringReader;

/**
 * Small JSON documents Kervan writes and reads itself (job payloads, integration config, provider events) through one
 * JSON-P provider found once: {@code jakarta.json.Json.create…} searches the class path for a provider on every call,
 * which shows up on busy paths.
 */
public final class JsonDocuments {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonDocuments() {
    }

    /** Parses a JSON object; a malformed or non-object document throws {@code jakarta.json.JsonException}. */
    public static JsonObject parse(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Parses a JSON object or array; a malformed document throws {@code jakarta.json.JsonException}. */
    public static JsonStructure parseStructure(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** Writes a document straight to {@code out} as UTF-8, with no object tree in between (for the busiest answers). */
    public static JsonGenerator generator(OutputStream out) {
        return PROVIDER.createGenerator(out);
    }
}
