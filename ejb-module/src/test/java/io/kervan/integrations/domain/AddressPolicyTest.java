package io.kervan.integrations.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which addresses a provider endpoint may be. Only IP literals appear here, which Java parses without asking DNS:
 * nothing in this test leaves the machine.
 */
class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(false);
    private final AddressPolicy simulators = new AddressPolicy(true);

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback",
            "127.8.9.10, loopback",
            "::1, loopback",
            "::ffff:127.0.0.1, loopback",
            "10.1.2.3, private",
            "172.16.0.1, private",
            "172.31.255.254, private",
            "192.168.1.1, private",
            "fc00::1, private",
            "fd12:3456::1, private",
            "::ffff:10.0.0.1, private",
            "64:ff9b::10.0.0.1, private",
            "::10.0.0.1, private",
            "169.254.169.254, link-local",
            "169.254.10.20, link-local",
            "fe80::1, link-local",
            "::ffff:169.254.169.254, link-local",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.254, carrier-grade NAT",
            "0.0.0.0, unspecified",
            "::, unspecified",
            "224.0.0.1, multicast",
            "ff02::1, multicast",
            "255.255.255.255, reserved",
    })
    void internal_addresses_are_never_called(String ip, String kind) throws UnknownHostException {
        assertThat(strict.refusal("https", InetAddress.getByName(ip))).get().asString().contains(kind)
                .endsWith("provider endpoints must be public addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1",
            "2606:4700:4700::1111", "::ffff:93.184.216.34"})
    void public_addresses_are_called_over_https(String ip) throws UnknownHostException {
        assertThat(strict.refusal("https", InetAddress.getByName(ip))).isEmpty();
        assertThat(simulators.refusal("https", InetAddress.getByName(ip))).isEmpty();
    }

    @Test
    void allowing_loopback_for_the_simulators_allows_loopback_only_and_plain_http_only_there() throws Exception {
        assertThat(simulators.refusal("http", InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(simulators.refusal("https", InetAddress.getByName("::1"))).isEmpty();
        assertThat(simulators.refusal("http", InetAddress.getByName("10.0.0.1"))).get().asString()
                .contains("private");
        assertThat(simulators.refusal("https", InetAddress.getByName("169.254.169.254"))).get().asString()
                .contains("link-local");
        assertThat(simulators.refusal("http", InetAddress.getByName("93.184.216.34"))).get().asString()
                .contains("must use https");
        assertThat(strict.refusal("http", InetAddress.getByName("93.184.216.34"))).get().asString()
                .contains("must use https");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:8080/api/platform/ready | points at 127.0.0.1, a loopback address",
            "https://10.0.0.1/ | points at 10.0.0.1, a private address",
            "http://169.254.169.254/ | points at 169.254.169.254, a link-local address",
            "https://[::ffff:192.168.0.1]/x | points at 192.168.0.1, a private address",
            "https://[fd00::5]:8443/ | a private address",
            "https://100.100.1.1/ | carrier-grade NAT",
            "https://localhost:8443/ | names this server itself",
            "http://api.example.com/ | must use https",
            "ftp://api.example.com/ | must be an https address",
            "https:///path-only | must be an https address",
            "https://2130706433/ | is not a valid address",
            "https://127.1/ | must be an https address with a host name",
            "https://owner:pass@api.example.com/ | must not carry a user name or password",
            "https://exa mple.com/ | is not a valid address",
    })
    void an_endpoint_to_an_internal_address_cannot_be_saved(String endpoint, String reason) {
        assertThat(strict.refusal(endpoint)).get().asString().contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.stripe.com", "https://boatest.kuveytturk.com.tr/boa.virtualpos.services",
            "https://api.esim-go.com/v2.4", "https://93.184.216.34:8443/x", "https://[2606:4700::1111]/"})
    void public_https_endpoints_are_saved_as_written_without_asking_dns(String endpoint) {
        assertThat(strict.refusal(endpoint)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:12111", "http://localhost:12121/boa.virtualpos.services",
            "http://[::1]:12141/v2.4", "https://127.0.0.1:8443/"})
    void the_local_simulators_can_be_saved_when_loopback_is_allowed(String endpoint) {
        assertThat(simulators.refusal(endpoint)).isEmpty();
        assertThat(strict.refusal(endpoint)).isPresent();
    }

    @Test
    void loopback_allowed_still_refuses_plain_http_and_internal_addresses_elsewhere() {
        assertThat(simulators.refusal("http://api.example.com/")).get().asString().contains("must use https");
        assertThat(simulators.refusal("http://10.0.0.1/")).get().asString().contains("private");
        assertThat(simulators.refusal("https://169.254.169.254/latest/meta-data/")).get().asString()
                .contains("link-local");
    }
}
