package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AddressPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names checked where they resolve, through a test table of names: no DNS is asked, nothing leaves the machine. */
class CheckedDnsResolverTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "shop-internal.test", List.of("10.20.30.40"),
            "metadata.test", List.of("169.254.169.254"),
            "router.test", List.of("192.168.1.1"),
            "cgnat.test", List.of("100.64.1.2"),
            "self.test", List.of("127.0.0.1"),
            "mapped.test", List.of("::ffff:10.0.0.1"),
            "ula.test", List.of("fd00::1"),
            "linklocal6.test", List.of("fe80::1"),
            "rebind.test", List.of("93.184.216.34", "10.0.0.1"),
            "bank.test", List.of("93.184.216.34", "2606:4700:4700::1111"));

    @ParameterizedTest
    @CsvSource({"shop-internal.test, private", "metadata.test, link-local", "router.test, private",
            "cgnat.test, carrier-grade NAT", "self.test, loopback", "mapped.test, private", "ula.test, private",
            "linklocal6.test, link-local", "rebind.test, 10.0.0.1 is a private address"})
    void a_name_with_any_internal_address_is_refused(String host, String reason) {
        CheckedDnsResolver resolver = new CheckedDnsResolver(new AddressPolicy(false), "https", CheckedDnsResolverTest::lookup);
        assertThatThrownBy(() -> resolver.resolve(host)).isInstanceOf(CheckedDnsResolver.RefusedAddress.class)
                .hasMessageContaining(reason);
    }

    @Test
    void a_public_name_resolves_to_the_addresses_that_were_checked() throws Exception {
        CheckedDnsResolver resolver = new CheckedDnsResolver(new AddressPolicy(false), "https", CheckedDnsResolverTest::lookup);
        assertThat(resolver.resolve("bank.test")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34", "2606:4700:4700:0:0:0:0:1111");
    }

    @Test
    void with_loopback_allowed_plain_http_resolves_only_to_loopback() throws Exception {
        AddressPolicy simulators = new AddressPolicy(true);
        CheckedDnsResolver http = new CheckedDnsResolver(simulators, "http", CheckedDnsResolverTest::lookup);
        assertThat(http.resolve("self.test")).hasSize(1);
        assertThatThrownBy(() -> http.resolve("bank.test")).hasMessageContaining("must use https");
        assertThatThrownBy(() -> http.resolve("metadata.test")).hasMessageContaining("link-local");
        CheckedDnsResolver https = new CheckedDnsResolver(simulators, "https", CheckedDnsResolverTest::lookup);
        assertThat(https.resolve("self.test")).hasSize(1);
        assertThatThrownBy(() -> https.resolve("router.test")).hasMessageContaining("private");
    }

    private static InetAddress[] lookup(String host) throws UnknownHostException {
        List<String> ips = DNS.get(host);
        if (ips == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[ips.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByName(ips.get(i)); // literals: parsed, not looked up
        }
        return Arrays.copyOf(addresses, addresses.length);
    }
}
