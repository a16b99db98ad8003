package io.kervan.devkit.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A tiny shop for the simulator tests: records every POST it gets (path, sender, headers, body) and answers 200. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String path, String remoteAddress, Map<String, List<String>> headers, String body) {

        Map<String, String> form() {
            return SimulatorHttp.form(body);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    private CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    static CallbackReceiver start() {
        return new CallbackReceiver();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What to answer from now on (200 unless told). */
    void answer(int status) {
        this.status = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (up to 10 s) for a POST that matches. */
    Received await(Predicate<Received> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Received r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing matching arrived; got " + received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.add(new Received(exchange.getRequestURI().toString(),
                    exchange.getRemoteAddress().getAddress().getHostAddress(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, ok.length);
            exchange.getResponseBody().write(ok);
        }
    }
}
