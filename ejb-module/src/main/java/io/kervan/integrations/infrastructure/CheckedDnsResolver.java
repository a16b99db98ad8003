package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AddressPolicy;
import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The only place provider calls learn an address: the client connects to exactly the addresses this answers, so the
 * address checked is the address used, and a name whose DNS answer changes between a check and the connection (DNS
 * rebinding) cannot slip through. A name with any address the {@link AddressPolicy} refuses is refused as a whole.
 */
final class CheckedDnsResolver implements DnsResolver {

    /** Name to addresses: the JVM's resolver in the server, a fixed table in tests (which must ask no real DNS). */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** Thrown through the HTTP client, which only passes I/O failures on; it carries the policy's plain reason. */
    static final class RefusedAddress extends UnknownHostException {

        private final String reason;

        RefusedAddress(String reason) {
            super(reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private final AddressPolicy policy;
    private final String scheme;
    private final Lookup lookup;

    CheckedDnsResolver(AddressPolicy policy, String scheme, Lookup lookup) {
        this.policy = policy;
        this.scheme = scheme;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.addresses(host);
        for (InetAddress address : addresses) {
            var refusal = policy.refusal(scheme, address);
            if (refusal.isPresent()) {
                throw new RefusedAddress(refusal.get());
            }
        }
        return addresses;
    }

    /** No reverse lookups: nothing here needs a canonical name. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
