package io.kervan.webkit.render;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import java.io.StringWriter;

/**
 * Structured data for a page's {@code <script type="application/ld+json">}. The JSON is written by JSON-P, then
 * {@code <}, {@code >} and {@code &} become {@code \\u003c}-style escapes (they occur only inside strings), so a
 * product named {@code </script>} cannot end the element early.
 */
public final class JsonLd {

    /** Found once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonLd() {
    }

    public static String of(JsonObject data) {
        StringWriter out = new StringWriter();
        PROVIDER.createWriter(out).writeObject(data);
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
