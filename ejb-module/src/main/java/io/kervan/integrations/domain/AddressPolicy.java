package io.kervan.integrations.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses Kervan may call as a shop's provider endpoint. An owner types the endpoint, so without this rule the
 * test button would probe the server's own network for them. Endpoints are {@code https} to a public address: never
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), link-local (169.254/16
 * with the cloud metadata service, fe80::/10), unspecified or multicast, nor those written as IPv4-mapped or
 * -compatible IPv6. With {@code allowLoopback} (the run command and the tests, where the provider simulators listen on
 * 127.0.0.1), loopback is allowed too, over plain {@code http} as well; it is the only place {@code http} goes.
 *
 * <p>Names are checked where they are resolved, by the caller, just before connecting to the very address checked
 * ({@link #refusal(String, InetAddress)}); a saved endpoint is checked as written ({@link #refusal(String)}), without
 * asking DNS, which may answer differently later anyway.
 */
public final class AddressPolicy {

    private static final String PUBLIC = "provider endpoints must be public addresses";

    private final boolean allowLoopback;

    public AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Why an endpoint, as an owner saved it, cannot be called; empty when it may be. */
    public Optional<String> refusal(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("https") && !scheme.equals("http") || host == null || host.isBlank()) {
            return Optional.of("must be an https address with a host name, such as https://api.example.com");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password; credentials go in the integration's keys");
        }
        InetAddress literal;
        try {
            literal = literal(host);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid address: write an IPv4 address as four numbers, such as 203.0.113.10");
        }
        String kind = literal == null ? null : forbiddenKind(literal);
        if (kind != null) {
            return Optional.of("points at " + literal.getHostAddress() + ", " + kind + "; " + PUBLIC);
        }
        boolean localhost = host.equalsIgnoreCase("localhost");
        if (localhost && !allowLoopback) {
            return Optional.of("names this server itself; " + PUBLIC);
        }
        if (scheme.equals("http") && !(allowLoopback && (localhost || literal != null && loopback(literal)))) {
            return Optional.of("must use https");
        }
        return Optional.empty();
    }

    /**
     * Why Kervan must not connect to {@code address} for a call over {@code scheme}; empty when it may. This is the
     * check that counts: it runs on the address the connection then goes to.
     */
    public Optional<String> refusal(String scheme, InetAddress address) {
        String kind = forbiddenKind(address);
        if (kind != null) {
            return Optional.of(address.getHostAddress() + " is " + kind + "; " + PUBLIC);
        }
        if (!"https".equalsIgnoreCase(scheme) && !loopback(address)) {
            return Optional.of("plain http is only for the local simulators; provider endpoints must use https");
        }
        return Optional.empty();
    }

    /** What kind of address Kervan does not call, or null for one it may. */
    private String forbiddenKind(InetAddress address) {
        InetAddress ip = unmapped(address);
        if (loopback(ip)) {
            return allowLoopback ? null : "a loopback address (this server itself)";
        }
        if (ip.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (ip.isLinkLocalAddress()) {
            return "a link-local address (such as the cloud metadata service)";
        }
        if (ip.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = ip.getAddress();
        if (ip instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
                return "a private address";
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return "a carrier-grade NAT address";
            }
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "a private address (unique local IPv6)";
        } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "a private address (site-local IPv6)";
        }
        return null;
    }

    private static boolean loopback(InetAddress address) {
        return unmapped(address).isLoopbackAddress();
    }

    /**
     * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}) or NAT64
     * ({@code 64:ff9b::a.b.c.d}) IPv6 address, which reach the same host as the IPv4 address; any other as it is.
     */
    static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        for (int i = nat64 ? 4 : 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean zeros = b[10] == 0 && b[11] == 0;
        boolean compatible = zeros && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible && !(nat64 && zeros)) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The address a host written as an IP literal stands for; null for a name, which is not looked up here. Only the
     * dotted quad counts as IPv4; other numeric forms are refused (IllegalArgumentException), as they only hide an
     * address.
     */
    private static InetAddress literal(String host) {
        try {
            if (host.startsWith("[")) {
                // An IPv6 literal, which InetAddress parses without asking DNS.
                return InetAddress.getByName(host.substring(1, host.length() - 1));
            }
            if (!host.matches("[0-9.]+")) {
                return null;
            }
            String[] parts = host.split("\\.", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException(host);
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    throw new IllegalArgumentException(host);
                }
                bytes[i] = (byte) value;
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException(host, e);
        }
    }
}
