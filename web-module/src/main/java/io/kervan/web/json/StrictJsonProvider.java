package io.kervan.web.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;

/**
 * The platform's JSON-P provider (Parsson), except that every parser it makes is a {@link StrictJsonParser}. JSON-B
 * takes a JSON-P provider in its standard builder ({@code JsonbBuilder.withProvider}), so this is how Kervan's rules
 * reach every request body that Yasson binds, without replacing Yasson or RESTEasy's JSON-B reader.
 */
final class StrictJsonProvider extends JsonProvider {

    private final JsonProvider platform;

    StrictJsonProvider(JsonProvider platform) {
        this.platform = platform;
    }

    private JsonParser strict(JsonParser parser) {
        return new StrictJsonParser(parser, platform);
    }

    @Override
    public JsonParser createParser(Reader reader) {
        return strict(platform.createParser(reader));
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return strict(platform.createParser(in));
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        JsonParserFactory factory = platform.createParserFactory(config);
        return new JsonParserFactory() {
            @Override
            public JsonParser createParser(Reader reader) {
                return strict(factory.createParser(reader));
            }

            @Override
            public JsonParser createParser(InputStream in) {
                return strict(factory.createParser(in));
            }

            @Override
            public JsonParser createParser(InputStream in, Charset charset) {
                return strict(factory.createParser(in, charset));
            }

            @Override
            public JsonParser createParser(JsonObject obj) {
                return strict(factory.createParser(obj));
            }

            @Override
            public JsonParser createParser(JsonArray array) {
                return strict(factory.createParser(array));
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return factory.getConfigInUse();
            }
        };
    }

    // Everything else is the platform's own (JSON Pointer and Patch, which JSON-B does not use, are left out).

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return platform.createGenerator(writer);
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return platform.createGenerator(out);
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return platform.createGeneratorFactory(config);
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return platform.createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return platform.createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return platform.createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return platform.createWriter(out);
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return platform.createWriterFactory(config);
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return platform.createReaderFactory(config);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return platform.createObjectBuilder();
    }

    @Override
    public JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return platform.createObjectBuilder(object);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        return platform.createObjectBuilder(map);
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return platform.createArrayBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder(JsonArray array) {
        return platform.createArrayBuilder(array);
    }

    @Override
    public JsonArrayBuilder createArrayBuilder(Collection<?> collection) {
        return platform.createArrayBuilder(collection);
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return platform.createBuilderFactory(config);
    }

    @Override
    public JsonString createValue(String value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(int value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(long value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(double value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(BigDecimal value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(BigInteger value) {
        return platform.createValue(value);
    }

    @Override
    public JsonNumber createValue(Number number) {
        return platform.createValue(number);
    }
}
