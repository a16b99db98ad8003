package io.kervan.it.support;

import io.kervan.devkit.EmbeddedDatabase;
import io.kervan.devkit.EmbeddedMail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the server under test needs, once per test JVM: one embedded PostgreSQL, one SMTP server, a server base
 * directory with the provisioned configuration (and nothing deployed yet), and the settings the server runs with.
 * Both tiers start their server with exactly these settings: {@link KervanServer} for black-box tests, Arquillian
 * (arquillian.xml reads {@code kervan.test.server-settings}) for in-container tests.
 */
public final class TestEnvironment {

    /** The test server's PBKDF2 cost of new passwords; production's default is 210,000 (see {@link #serverSettings}). */
    public static final int PASSWORD_HASH_ITERATIONS = 1_000;

    private static EmbeddedDatabase database;
    private static EmbeddedMail mail;
    private static Path baseDir;

    private TestEnvironment() {
    }

    public static synchronized void startOnce() {
        if (database != null) {
            return;
        }
        database = EmbeddedDatabase.startForTests();
        mail = EmbeddedMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            database.close();
        }, "test-environment-stop"));
        baseDir = prepareBaseDir();
        System.setProperty("kervan.it.management-port", String.valueOf(Api.MANAGEMENT_PORT));
        System.setProperty("kervan.test.server-settings", String.join(" ", serverSettings()));
    }

    /**
     * The system properties of the server under test. Passwords are hashed with 1,000 PBKDF2 iterations instead of
     * production's 210,000 (tests sign in thousands of times; a stored hash names its own count, so checking one
     * behaves the same). The eSIM Go catalogue schedule and the usage poll are off (tests call the timers' methods),
     * pages are small enough that 1,015 bundles take 11, and a slow eSIM Go (or any slow provider) is given up on
     * after 3 s. The provider simulators listen on 127.0.0.1, which provider endpoints may only be when
     * {@code kervan.outbound.allow-loopback} is on. Shops' public addresses (links in mail, providers' return
     * addresses) carry the test server's port, so a browser can follow them.
     */
    static List<String> serverSettings() {
        return List.of(
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + Api.PORT_OFFSET,
                "-Dkervan.db.url=" + database.jdbcUrl(),
                "-Dkervan.db.user=" + EmbeddedDatabase.USER,
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + mail.port(),
                "-Dkervan.vault.master-keys=1:MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=,"
                        + "2:MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI=",
                "-Dkervan.vault.active-master-key=2",
                "-Dkervan.platform.operator-email=" + Api.OPERATOR_EMAIL,
                "-Dkervan.platform.operator-password=" + Api.OPERATOR_PASSWORD,
                "-Dkervan.security.password-hash-iterations=" + PASSWORD_HASH_ITERATIONS,
                "-Dkervan.esim.catalogue-sync-interval=PT0S",
                "-Dkervan.esim.catalogue-page-size=100",
                "-Dkervan.esim.read-timeout=PT3S",
                "-Dkervan.esim.fulfillment-attempts=3",
                "-Dkervan.esim.fulfillment-first-backoff=PT0.5S",
                "-Dkervan.esim.assignment-poll=PT1S",
                "-Dkervan.outbound.allow-loopback=true",
                "-Dkervan.outbound.read-timeout=PT3S",
                "-Dkervan.esim.usage-poll-interval=PT0S",
                "-Dkervan.storefront.url-template=http://{slug}.localhost:" + Api.HTTP_PORT);
    }

    /** The server's base directory: its configuration, {@code deployments/} and {@code log/server.log}. */
    static Path baseDir() {
        startOnce();
        return baseDir;
    }

    /** The SMTP server the server under test sends its mail to. */
    public static EmbeddedMail mail() {
        startOnce();
        return mail;
    }

    /** The JDBC URL of the database the server under test uses, for tests that check rows directly. */
    public static String jdbcUrl() {
        startOnce();
        return database.jdbcUrl();
    }

    /** A fresh copy of the provisioned configuration, in the directory the pom names for this test tier. */
    private static Path prepareBaseDir() {
        Path provisioned = Path.of(System.getProperty("kervan.server.dir"), "standalone");
        Path dir = Path.of(System.getProperty("kervan.test.base-dir",
                System.getProperty("kervan.test.work-dir", "target") + "/wildfly-base")).toAbsolutePath();
        try {
            deleteRecursively(dir);
            copyRecursively(provisioned.resolve("configuration"), dir.resolve("configuration"));
            Files.createDirectories(dir.resolve("deployments"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
