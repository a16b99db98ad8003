package io.kervan.devkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The README's run command: an embedded PostgreSQL whose data lives in {@code .kervan/} across restarts, the
 * provisioned WildFly with the Kervan EAR, and demo data seeded once. Ctrl+C stops both.
 */
public final class KervanRunner {

    static final String OPERATOR_EMAIL = "operator@kervan.localhost";
    static final String OPERATOR_PASSWORD = "operator-demo-password";
    static final String DEMO_OWNER_EMAIL = "owner@demo.localhost";
    static final String DEMO_OWNER_PASSWORD = "demo-owner-password";

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(System.getProperty("kervan.server.dir", "ear/target/server")).toAbsolutePath();
        Path dataDir = Path.of(System.getProperty("kervan.dev.data-dir", ".kervan")).toAbsolutePath();
        int httpPort = Integer.getInteger("kervan.dev.http-port", 8080);
        if (!Files.isExecutable(serverDir.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server at " + serverDir + ": build with ./mvnw package first");
        }

        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(dataDir.resolve("pgdata"));
        System.out.println("PostgreSQL is listening on port " + database.port() + ", data in " + dataDir.resolve("pgdata"));

        EmbeddedMail mail = EmbeddedMail.start();
        WildFlyProcess server = WildFlyProcess.start(serverDir, List.of(
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + mail.port(),
                "-Djboss.socket.binding.port-offset=" + (httpPort - 8080),
                "-Dkervan.db.url=" + database.jdbcUrl(),
                "-Dkervan.db.user=" + EmbeddedDatabase.USER,
                "-Dkervan.demo.seed=true",
                "-Dkervan.demo.owner-email=" + DEMO_OWNER_EMAIL,
                "-Dkervan.demo.owner-password=" + DEMO_OWNER_PASSWORD,
                "-Dkervan.platform.operator-email=" + OPERATOR_EMAIL,
                "-Dkervan.platform.operator-password=" + OPERATOR_PASSWORD), true);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            mail.close();
            database.close();
        }, "kervan-shutdown"));

        waitUntilServing("http://127.0.0.1:" + httpPort + "/api/platform/ready", Duration.ofMinutes(3));
        System.out.printf("""

                ==================================================================
                 Kervan is running.
                   Demo storefront API : http://demo.localhost:%1$d/api/public/products/
                   Demo owner sign-in  : POST http://demo.localhost:%1$d/api/staff/auth/login/
                                         email %2$s  password %3$s
                   Platform API        : http://localhost:%1$d/api/platform/tenants/
                                         operator %4$s  password %5$s
                   OpenAPI document    : http://localhost:%1$d/openapi
                   Readiness           : http://localhost:%1$d/api/platform/ready
                   Mail                : caught by a local SMTP server and shown below
                 Press Ctrl+C to stop.
                ==================================================================
                %n""", httpPort, DEMO_OWNER_EMAIL, DEMO_OWNER_PASSWORD, OPERATOR_EMAIL, OPERATOR_PASSWORD);
        showMailUntil(server, mail);
    }

    /** Prints each mail Kervan sends, so a newcomer sees order confirmations without a mail server. */
    private static void showMailUntil(WildFlyProcess server, EmbeddedMail mail) throws Exception {
        int shown = 0;
        while (server.isRunning()) {
            List<jakarta.mail.internet.MimeMessage> received = mail.received();
            for (; shown < received.size(); shown++) {
                var message = received.get(shown);
                System.out.printf("%n--- mail to %s: %s%n%s%n", String.join(", ",
                        java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                        message.getSubject(), message.getContent());
            }
            Thread.sleep(1000);
        }
    }

    private static void waitUntilServing(String url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("Kervan did not answer " + url + " within " + timeout);
    }
}
