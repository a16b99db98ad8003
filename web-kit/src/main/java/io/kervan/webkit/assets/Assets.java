package io.kervan.webkit.assets;

import io.kervan.shared.domain.Digests;
import io.kervan.webkit.http.HtmlResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A WAR's static files (CSS, scripts), read once from {@code assets/} on its class path (its own and web-kit's) and
 * served under names that carry a hash of their content ({@code /assets/kervan.3f2a9c1b0e.css}), so browsers keep
 * them for a year and a change is a new address. Each is kept gzipped as well.
 */
public final class Assets {

    /** One file, ready to send. */
    public record Asset(String versionedName, String contentType, byte[] bytes, byte[] gzipped, String etag) {
    }

    private final String prefix;
    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final Map<String, Asset> byVersionedName = new LinkedHashMap<>();

    /** Assets served at {@code /assets/}. */
    public Assets(ClassLoader loader, String... names) {
        this("/assets/", loader, names);
    }

    /** Assets served under {@code prefix} (ending with a slash), such as {@code /admin/assets/} for a WAR at /admin. */
    public Assets(String prefix, ClassLoader loader, String... names) {
        this.prefix = prefix;
        for (String name : names) {
            byte[] bytes = read(loader, name);
            String hash = HexFormat.of().formatHex(Digests.sha256(bytes)).substring(0, 10);
            int dot = name.lastIndexOf('.');
            String versioned = name.substring(0, dot) + "." + hash + name.substring(dot);
            Asset asset = new Asset(versioned, contentType(name), bytes, HtmlResponse.gzip(bytes), "\"" + hash + "\"");
            byName.put(name, asset);
            byVersionedName.put(versioned, asset);
        }
    }

    /** The address of {@code name}, such as {@code /assets/kervan.3f2a9c1b0e.css} (under the prefix). */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No asset " + name);
        }
        return prefix + asset.versionedName();
    }

    public Optional<Asset> byVersionedName(String versionedName) {
        return Optional.ofNullable(byVersionedName.get(versionedName));
    }

    private static byte[] read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No asset assets/" + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
