package io.kervan.it.support;

import io.kervan.devkit.EmbeddedDatabase;
import io.kervan.devkit.EmbeddedMail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * What the Arquillian-managed WildFly needs before Arquillian starts it: one embedded PostgreSQL for the whole test
 * run, and a server base directory with the provisioned configuration but without the pre-deployed EAR (each test
 * class deploys its own).
 */
public final class TestEnvironment {

    private static EmbeddedDatabase database;
    private static EmbeddedMail mail;

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
        System.setProperty("kervan.test.db-url", database.jdbcUrl());
        System.setProperty("kervan.test.smtp-port", String.valueOf(mail.port()));
        System.setProperty("kervan.test.base-dir", prepareBaseDir().toString());
        System.setProperty("kervan.it.port-offset", String.valueOf(Api.PORT_OFFSET));
        System.setProperty("kervan.it.management-port", String.valueOf(Api.MANAGEMENT_PORT));
        System.setProperty("kervan.it.http-port", String.valueOf(Api.HTTP_PORT));
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

    private static Path prepareBaseDir() {
        Path provisioned = Path.of(System.getProperty("kervan.server.dir"), "standalone");
        Path baseDir = Path.of(System.getProperty("kervan.test.work-dir", "target"), "wildfly-base").toAbsolutePath();
        try {
            deleteRecursively(baseDir);
            copyRecursively(provisioned.resolve("configuration"), baseDir.resolve("configuration"));
            Files.createDirectories(baseDir.resolve("deployments"));
            return baseDir;
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
