package io.kervan.devkit.simulators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Posts a provider's server-to-server notification to a shop over plain HTTP/1.1 on a socket of its own, so that it
 * can carry the shop's Host header (the JDK client refuses it without a JVM flag) and leave from a chosen local
 * address: on Linux all of 127.0.0.0/8 is loopback, so a test can send from 127.0.0.2 to exercise an IP allow-list.
 */
final class WebhookPoster {

    /** Kervan's answer: its HTTP status (0 when it could not be reached) and body, for diagnosing a failed test. */
    record Delivery(int status, String body) {
    }

    private WebhookPoster() {
    }

    static Delivery post(String url, String host, InetAddress source, Map<String, String> headers, String json) {
        URI target = URI.create(url);
        int port = target.getPort() < 0 ? 80 : target.getPort();
        String path = (target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host == null ? target.getAuthority() : host).append("\r\n")
                .append("Content-Type: application/json; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            if (source != null) {
                socket.bind(new InetSocketAddress(source, 0));
            }
            // RFC 6761: every *.localhost name is loopback, as a shop's subdomain is in Kervan's local runs
            String address = target.getHost().endsWith(".localhost") ? "127.0.0.1" : target.getHost();
            socket.connect(new InetSocketAddress(address, port), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException | RuntimeException e) {
            return new Delivery(0, e.toString());
        }
    }

    /** The status line, then the body by Content-Length, chunks, or up to the end. */
    private static Delivery read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ");
        int status = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
        int length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        } else {
            body.write(in.readAllBytes());
        }
        return new Delivery(status, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
