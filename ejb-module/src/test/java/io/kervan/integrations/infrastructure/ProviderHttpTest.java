package io.kervan.integrations.infrastructure;

import com.sun.net.httpserver.HttpServer;
import io.kervan.integrations.domain.AddressPolicy;
import io.kervan.integrations.domain.EndpointRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transport every provider call goes through, against a server on 127.0.0.1. Names resolve through a fixed table
 * (no DNS is asked), and every address in the table is on this machine, so even a broken check sends nothing off it.
 */
class ProviderHttpTest {

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " host="
                    + exchange.getRequestHeaders().getFirst("Host"));
            if (exchange.getRequestURI().getPath().equals("/moved")) {
                exchange.getResponseHeaders().add("Location", "http://10.1.2.3/latest/meta-data/");
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_name_resolving_to_this_machine_is_refused_before_connecting() {
        ProviderHttp http = transport(false);
        assertThatThrownBy(() -> http.send(ProviderHttp.Request.get(at("bank.test", "/ready"))))
                .isInstanceOf(EndpointRefusedException.class)
                .hasMessageContaining("127.0.0.1 is a loopback address");
        assertThat(seen).isEmpty();
    }

    @Test
    void an_address_written_as_a_literal_is_checked_like_a_name() {
        ProviderHttp http = transport(false);
        assertThatThrownBy(() -> http.send(ProviderHttp.Request.get(at("127.0.0.1", "/api/platform/ready"))))
                .isInstanceOf(EndpointRefusedException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void with_loopback_allowed_the_name_is_resolved_once_and_the_checked_address_is_the_one_connected()
            throws Exception {
        ProviderHttp http = transport(true);
        ProviderHttp.Answer answer = http.send(ProviderHttp.Request.post(at("bank.test", "/pay"), "application/json",
                "{}").header("X-Test", "1"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"ok\":true}");
        assertThat(answer.header("content-type")).contains("application/json");
        assertThat(lookups).hasValue(1);
        assertThat(seen).containsExactly("POST /pay host=bank.test:" + port());
    }

    @Test
    void a_redirect_is_not_followed_and_where_it_pointed_is_not_repeated() {
        ProviderHttp http = transport(true);
        assertThatThrownBy(() -> http.send(ProviderHttp.Request.get(at("bank.test", "/moved"))))
                .isInstanceOf(EndpointRefusedException.class)
                .hasMessageContaining("redirect (HTTP 302)")
                .hasMessageNotContaining("10.1.2.3");
        assertThat(seen).containsExactly("GET /moved host=bank.test:" + port());
        assertThat(lookups).hasValue(1);
    }

    @Test
    void a_provider_that_does_not_answer_in_time_is_an_io_failure() {
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        ProviderHttp http = transport(true);
        assertThatThrownBy(() -> http.send(ProviderHttp.Request.get(at("bank.test", "/slow"))
                .timeout(Duration.ofMillis(300)))).isInstanceOf(java.io.IOException.class);
    }

    private ProviderHttp transport(boolean allowLoopback) {
        Map<String, String> table = Map.of("bank.test", "127.0.0.1");
        return new ProviderHttp(new AddressPolicy(allowLoopback), host -> {
            lookups.incrementAndGet();
            String ip = table.getOrDefault(host, host.matches("[0-9.]+") ? host : null);
            if (ip == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[]{InetAddress.getByName(ip)};
        }, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private URI at(String host, String path) {
        return URI.create("http://" + host + ":" + port() + path);
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
