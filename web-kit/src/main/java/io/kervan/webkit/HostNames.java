package io.kervan.webkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Host header against {@code kervan.base-domain}: {@code acme.example.com} is the shop {@code acme};
 * {@code example.com} itself (or a bare IP address) is the platform. Locally the base domain is {@code localhost},
 * so {@code demo.localhost:8080} is the demo shop.
 */
@ApplicationScoped
public class HostNames {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Where a request landed. */
    public sealed interface Landing {
    }

    public record Platform() implements Landing {
    }

    public record Shop(String slug) implements Landing {
    }

    public record Elsewhere() implements Landing {
    }

    @Inject
    @ConfigProperty(name = "kervan.base-domain", defaultValue = "localhost")
    String baseDomain;

    public Landing classify(String hostHeader) {
        String host = stripPort(hostHeader == null ? "" : hostHeader.strip().toLowerCase(Locale.ROOT));
        String base = baseDomain.toLowerCase(Locale.ROOT);
        if (host.equals(base) || isIpLiteral(host)) {
            return new Platform();
        }
        if (host.endsWith("." + base)) {
            String label = host.substring(0, host.length() - base.length() - 1);
            return label.contains(".") ? new Elsewhere() : new Shop(label);
        }
        return new Elsewhere();
    }

    private static String stripPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || IPV4.matcher(host).matches();
    }
}
