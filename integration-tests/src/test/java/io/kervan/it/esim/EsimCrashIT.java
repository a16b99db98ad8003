package io.kervan.it.esim;

import io.kervan.devkit.EmbeddedDatabase;
import io.kervan.devkit.WildFlyProcess;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.it.esim.EsimBuyers.Bought;
import io.kervan.it.esim.EsimShops.Connected;
import io.kervan.it.support.Api;
import io.kervan.it.support.Api.Shop;
import io.kervan.it.support.Mailbox;
import io.kervan.it.support.TestEnvironment;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A server killed ({@code SIGKILL}) in the middle of fulfillment, after eSIM Go carried out the order and before
 * Kervan heard back, then started again: exactly one eSIM is bought and one email sent. The server is a WildFly of
 * this test's own (the provisioned server with the built EAR, its own database, port offset 50 above the server under
 * test), since the suite's shared one cannot be killed and restarted under its tests. Being the one server of the
 * suite started without the tests' cheaper password cost, it also shows production's.
 */
class EsimCrashIT {

    private static final int PORT_OFFSET = Api.PORT_OFFSET + 50;
    private static final int SIMULATOR_PORT = 12161;
    private static final String KEY = "esimgo-crash-key";

    private static EmbeddedDatabase database;
    private static EsimGoSimulator esimGo;
    private static Path baseDir;
    private static WildFlyProcess server;

    @BeforeAll
    static void start() throws IOException {
        database = EmbeddedDatabase.startForTests();
        esimGo = EsimGoSimulator.start(SIMULATOR_PORT);
        esimGo.addApiKey(KEY);
        baseDir = prepareBaseDir();
        server = startServer();
        Api.useServerOn(8080 + PORT_OFFSET);
    }

    @AfterAll
    static void stop() {
        Api.useTheServerUnderTest();
        if (server != null) {
            server.stop();
        }
        esimGo.close();
        database.close();
    }

    @Test
    void a_server_killed_after_esim_go_took_the_order_buys_nothing_more_after_restarting() throws Exception {
        Connected shop = EsimBuyers.shop("esim-crash", esimGo, KEY);
        esimGo.slowAnswers(Duration.ofSeconds(90));
        esimGo.failNext(EsimGoSimulator.Fault.LATE_ANSWER, 1, 1); // validate answers; the order's answer is held
        Bought bought = EsimBuyers.buy(shop, EsimBuyers.BUNDLE, 1, "crash@example.com");

        await(() -> esimGo.ordersPlaced(KEY) == 1 && "ORDERING".equals(fulfillmentStatus(bought)),
                Duration.ofSeconds(30));
        server.kill();
        assertThat(fulfillmentStatus(bought)).isEqualTo("ORDERING");

        server = startServer();
        bought.awaitDelivered().then().body("fulfillment.order_status", equalTo("delivered"));

        assertThat(esimGo.ordersPlaced(KEY)).isEqualTo(1);
        assertThat(count("select count(*) from esims")).isEqualTo(1);
        await(() -> count("select count(*) from jobs where status = 'PENDING'") == 0, Duration.ofSeconds(60));
        List<MimeMessage> mails = Mailbox.mailTo(bought.email());
        assertThat(mails.stream().filter(m -> subject(m).contains("eSIM"))).hasSize(1);
        assertThat(EsimBuyers.qrCodesIn(mails.stream().filter(m -> subject(m).contains("eSIM")).findFirst()
                .orElseThrow())).hasSize(1);
    }

    @Test
    void a_server_given_no_password_cost_hashes_new_passwords_with_productions_210000_iterations() throws Exception {
        Shop shop = Api.openShop("crash-cost");
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
             var statement = c.prepareStatement("select password_hash from staff_members where email = ?")) {
            statement.setString(1, shop.ownerEmail());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("pbkdf2-sha512$210000$");
            }
        }
    }

    private static WildFlyProcess startServer() {
        WildFlyProcess started = WildFlyProcess.start(Path.of(System.getProperty("kervan.server.dir")), List.of(
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Dkervan.db.url=" + database.jdbcUrl(),
                "-Dkervan.db.user=" + EmbeddedDatabase.USER,
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + TestEnvironment.mail().port(),
                "-Dkervan.vault.master-keys=1:MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=",
                "-Dkervan.vault.active-master-key=1",
                "-Dkervan.platform.operator-email=" + Api.OPERATOR_EMAIL,
                "-Dkervan.platform.operator-password=" + Api.OPERATOR_PASSWORD,
                "-Dkervan.esim.catalogue-sync-interval=PT0S",
                "-Dkervan.esim.catalogue-page-size=200",
                "-Dkervan.esim.read-timeout=PT60S",
                "-Dkervan.outbound.allow-loopback=true",
                "-Dkervan.esim.assignment-poll=PT1S"), baseDir.resolve("console.log"));
        Api.useServerOn(8080 + PORT_OFFSET);
        try {
            await(() -> {
                try {
                    return Api.platform().get("/api/platform/ready").statusCode() == 200;
                } catch (Exception notYet) { // RestAssured throws ConnectException unchecked
                    return false;
                }
            }, Duration.ofSeconds(180));
        } catch (InterruptedException | AssertionError e) {
            started.kill();
            throw new IllegalStateException("the crash test's server did not start; see " + baseDir
                    .resolve("console.log"), e);
        }
        return started;
    }

    /** The provisioned configuration and the built EAR in a base directory of this test's own. */
    private static Path prepareBaseDir() throws IOException {
        Path provisioned = Path.of(System.getProperty("kervan.server.dir"), "standalone");
        Path dir = Path.of(System.getProperty("kervan.test.work-dir", "target"), "wildfly-crash").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(provisioned.resolve("configuration"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve("configuration").resolve(provisioned.resolve("configuration")
                        .relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(dir.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("kervan.ear")), dir.resolve("deployments/kervan.ear"));
        return dir;
    }

    private static String fulfillmentStatus(Bought bought) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
             var statement = c.prepareStatement("select status from esim_fulfillments where order_id = ?::uuid")) {
            statement.setString(1, bought.orderId());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
             ResultSet row = c.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
