package io.kervan.webkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostNamesTest {

    private static HostNames withBase(String base) {
        HostNames hostNames = new HostNames();
        hostNames.baseDomain = base;
        return hostNames;
    }

    @Test
    void a_subdomain_of_the_base_domain_is_a_shop() {
        assertThat(withBase("localhost").classify("demo.localhost:8080")).isEqualTo(new HostNames.Shop("demo"));
        assertThat(withBase("example.com").classify("ACME.Example.com")).isEqualTo(new HostNames.Shop("acme"));
    }

    @Test
    void the_bare_domain_and_ip_addresses_are_the_platform() {
        assertThat(withBase("example.com").classify("example.com")).isInstanceOf(HostNames.Platform.class);
        assertThat(withBase("localhost").classify("localhost:8080")).isInstanceOf(HostNames.Platform.class);
        assertThat(withBase("localhost").classify("127.0.0.1:8080")).isInstanceOf(HostNames.Platform.class);
        assertThat(withBase("localhost").classify("[::1]:8080")).isInstanceOf(HostNames.Platform.class);
    }

    @Test
    void other_hosts_and_deeper_subdomains_belong_to_nobody() {
        assertThat(withBase("example.com").classify("example.org")).isInstanceOf(HostNames.Elsewhere.class);
        assertThat(withBase("example.com").classify("a.b.example.com")).isInstanceOf(HostNames.Elsewhere.class);
        assertThat(withBase("example.com").classify("evil-example.com")).isInstanceOf(HostNames.Elsewhere.class);
        assertThat(withBase("example.com").classify(null)).isInstanceOf(HostNames.Elsewhere.class);
    }
}
