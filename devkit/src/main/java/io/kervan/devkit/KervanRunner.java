package io.kervan.devkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.KuveytTurkSimulator;
import io.kervan.devkit.simulators.PaynetSimulator;
import io.kervan.devkit.simulators.StripeSimulator;
import io.kervan.devkit.simulators.TelegramSimulator;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The README's run command: an embedded PostgreSQL whose data lives in {@code .kervan/} across restarts, the
 * provisioned WildFly with the Kervan EAR, demo data seeded once (the demo shop's eSIMs come from the eSIM Go
 * simulator), and the Stripe, Kuveyt Türk, Telegram, eSIM Go, iyzico and PAYNET simulators on fixed ports, so a
 * test-mode integration's {@code test_endpoint} can point at them. Every mail Kervan sends is shown and kept in
 * {@code .kervan/mail/} ({@link MailFolder}). Ctrl+C stops everything.
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
        int stripePort = Integer.getInteger("kervan.dev.stripe-simulator-port", 12111);
        int kuveytPort = Integer.getInteger("kervan.dev.kuveyt-simulator-port", 12121);
        int telegramPort = Integer.getInteger("kervan.dev.telegram-simulator-port", 12131);
        int esimGoPort = Integer.getInteger("kervan.dev.esimgo-simulator-port", EsimGoSimulator.DEFAULT_PORT);
        int iyzicoPort = Integer.getInteger("kervan.dev.iyzico-simulator-port", IyzicoSimulator.DEFAULT_PORT);
        int paynetPort = Integer.getInteger("kervan.dev.paynet-simulator-port", PaynetSimulator.DEFAULT_PORT);
        if (!Files.isExecutable(serverDir.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned server at " + serverDir + ": build with ./mvnw package first");
        }

        EmbeddedDatabase database = EmbeddedDatabase.startDurable(dataDir.resolve("pgdata"));
        System.out.println("PostgreSQL is listening on port " + database.port() + ", data in " + dataDir.resolve("pgdata"));

        EmbeddedMail mail = EmbeddedMail.start();
        MailFolder mailFolder = new MailFolder(dataDir.resolve("mail"));
        StripeSimulator stripe = startSimulator(() -> StripeSimulator.start(stripePort), "Stripe", stripePort);
        KuveytTurkSimulator kuveyt = startSimulator(() -> KuveytTurkSimulator.start(kuveytPort), "Kuveyt Türk",
                kuveytPort);
        TelegramSimulator telegram = startSimulator(() -> TelegramSimulator.start(telegramPort), "Telegram",
                telegramPort);
        EsimGoSimulator esimGo = startSimulator(() -> EsimGoSimulator.start(esimGoPort), "eSIM Go", esimGoPort);
        IyzicoSimulator iyzico = startSimulator(() -> IyzicoSimulator.start(iyzicoPort), "iyzico", iyzicoPort);
        PaynetSimulator paynet = startSimulator(() -> PaynetSimulator.start(paynetPort), "PAYNET", paynetPort);
        WildFlyProcess server = WildFlyProcess.start(serverDir, List.of(
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + mail.port(),
                "-Djboss.socket.binding.port-offset=" + (httpPort - 8080),
                "-Dkervan.storefront.url-template=http://{slug}.localhost:" + httpPort,
                "-Dkervan.db.url=" + database.jdbcUrl(),
                "-Dkervan.db.user=" + EmbeddedDatabase.USER,
                // Links in mail and the providers' return addresses name the port the shops answer on.
                "-Dkervan.storefront.url-template=http://{slug}.localhost:" + httpPort,
                "-Dkervan.demo.seed=true",
                "-Dkervan.demo.owner-email=" + DEMO_OWNER_EMAIL,
                "-Dkervan.demo.owner-password=" + DEMO_OWNER_PASSWORD,
                "-Dkervan.demo.esimgo-endpoint=http://127.0.0.1:" + esimGoPort + "/v2.4",
                "-Dkervan.demo.esimgo-api-key=" + EsimGoSimulator.API_KEY,
                "-Dkervan.platform.operator-email=" + OPERATOR_EMAIL,
                "-Dkervan.platform.operator-password=" + OPERATOR_PASSWORD,
                // The simulators listen on 127.0.0.1; a production server never calls loopback.
                "-Dkervan.outbound.allow-loopback=true"), true);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (stripe != null) {
                stripe.close();
            }
            if (kuveyt != null) {
                kuveyt.close();
            }
            if (telegram != null) {
                telegram.close();
            }
            if (esimGo != null) {
                esimGo.close();
            }
            if (iyzico != null) {
                iyzico.close();
            }
            if (paynet != null) {
                paynet.close();
            }
            mail.close();
            database.close();
        }, "kervan-shutdown"));

        // A first start migrates the database and syncs the demo's eSIM catalogue: minutes on a busy small machine.
        waitUntilServing("http://127.0.0.1:" + httpPort + "/api/platform/ready", Duration.ofMinutes(10));
        System.out.printf("""

                ==================================================================
                 Kervan is running.
                   Demo storefront     : http://demo.localhost:%1$d/
                   Demo storefront API : http://demo.localhost:%1$d/api/public/products/
                   Demo owner sign-in  : POST http://demo.localhost:%1$d/api/staff/auth/login/
                                         email %2$s  password %3$s
                   Platform API        : http://localhost:%1$d/api/platform/tenants/
                                         operator %4$s  password %5$s
                   OpenAPI document    : http://localhost:%1$d/openapi
                   Readiness           : http://localhost:%1$d/api/platform/ready
                   Mail                : caught by a local SMTP server, shown below and kept as .eml files
                                         in %27$s
                   Stripe simulator    : %6$s
                                         test_endpoint of a test-mode stripe integration, api_key sk_test_<anything>
                   Kuveyt Türk sim.    : %7$s
                                         test_endpoint of a test-mode kuveyt integration; config merchant_id %8$s,
                                         customer_id %9$s; api_key %10$s, api_secret %11$s
                                         card %12$s, ACS password %13$s
                   Telegram simulator  : %14$s
                                         test_endpoint of a test-mode telegram integration, api_key %15$s
                   eSIM Go simulator   : %16$s
                                         the demo shop's eSIM provider (its eSIMs are the simulator's bundles);
                                         test_endpoint of a test-mode esimgo integration, api_key %17$s
                   iyzico simulator    : %18$s
                                         api_key %19$s, secret_key %20$s
                                         card %21$s, 3-D Secure password %22$s
                   PAYNET simulator    : %23$s
                                         secret key %24$s, card %25$s, 3-D Secure password %26$s
                 Press Ctrl+C to stop.
                ==================================================================
                %n""", httpPort, DEMO_OWNER_EMAIL, DEMO_OWNER_PASSWORD, OPERATOR_EMAIL, OPERATOR_PASSWORD,
                stripe == null ? "not running (port " + stripePort + " in use)" : stripe.baseUrl(),
                kuveyt == null ? "not running (port " + kuveytPort + " in use)" : kuveyt.gatewayUrl(),
                KuveytTurkSimulator.MERCHANT_ID, KuveytTurkSimulator.CUSTOMER_ID, KuveytTurkSimulator.USER_NAME,
                KuveytTurkSimulator.PASSWORD, KuveytTurkSimulator.TEST_CARD, KuveytTurkSimulator.ACS_PASSWORD,
                telegram == null ? "not running (port " + telegramPort + " in use)" : telegram.baseUrl(),
                TelegramSimulator.DEMO_BOT_TOKEN,
                esimGo == null ? "not running (port " + esimGoPort + " in use)" : esimGo.baseUrl(),
                EsimGoSimulator.API_KEY,
                iyzico == null ? "not running (port " + iyzicoPort + " in use)" : iyzico.baseUrl(),
                IyzicoSimulator.API_KEY, IyzicoSimulator.SECRET_KEY, IyzicoSimulator.CARD_SUCCESS,
                IyzicoSimulator.ACS_PASSWORD,
                paynet == null ? "not running (port " + paynetPort + " in use)" : paynet.baseUrl(),
                PaynetSimulator.SECRET_KEY, PaynetSimulator.CARD_SUCCESS, PaynetSimulator.ACS_PASSWORD,
                mailFolder.directory());
        showMailUntil(server, mail, mailFolder);
    }

    /** A simulator on its fixed port, or null (with a note) when the port is taken: Kervan runs without it. */
    private static <T> T startSimulator(java.util.function.Supplier<T> start, String name, int port) {
        try {
            return start.get();
        } catch (UncheckedIOException portInUse) {
            System.out.println("The " + name + " simulator could not listen on port " + port + "; running without it");
            return null;
        }
    }

    /**
     * Prints each mail Kervan sends and keeps it under {@code .kervan/mail/}, so a newcomer sees order confirmations
     * (and opens the eSIM mail's HTML and QR codes) without a mail server; the SMTP server then forgets it.
     */
    private static void showMailUntil(WildFlyProcess server, EmbeddedMail mail, MailFolder folder)
            throws InterruptedException {
        while (server.isRunning()) {
            mail.drain(message -> System.out.printf("%n%s%n", folder.keep(message)));
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
