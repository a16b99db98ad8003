package io.kervan.it.support;

import io.kervan.devkit.WildFlyProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The server under test of the black-box tier: the provisioned WildFly with the built EAR in its {@code deployments/}
 * (deployed once, as production deploys it), started once per test JVM with {@link TestEnvironment}'s settings and
 * stopped when the test run ends. Every black-box class shares it, so no test may rely on a fresh deployment's
 * memory: each opens its own shops.
 */
final class KervanServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KervanServer.class.getName());
    /** Boot and deployment together; the EAR took up to a minute to deploy on a busy 2-core machine. */
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final WildFlyProcess process;

    private KervanServer(WildFlyProcess process) {
        this.process = process;
    }

    static KervanServer start() {
        Path deployments = TestEnvironment.baseDir().resolve("deployments");
        Instant began = Instant.now();
        try {
            Files.copy(Path.of(System.getProperty("kervan.ear")), deployments.resolve("kervan.ear"));
        } catch (IOException e) {
            throw new UncheckedIOException("the built EAR could not be copied; build it first", e);
        }
        Path console = TestEnvironment.baseDir().resolve("console.log");
        WildFlyProcess process = WildFlyProcess.start(Path.of(System.getProperty("kervan.server.dir")),
                TestEnvironment.serverSettings(), console);
        KervanServer server = new KervanServer(process);
        try {
            server.awaitDeployed(deployments, console);
        } catch (RuntimeException | Error e) {
            process.stop();
            throw e;
        }
        LOG.info(() -> "Kervan started and deployed in " + Duration.between(began, Instant.now()).toSeconds()
                + " s (log: " + TestEnvironment.baseDir().resolve("log/server.log") + ")");
        return server;
    }

    /** Waits for the deployment scanner's marker: {@code kervan.ear.deployed}, or {@code .failed} with the reason. */
    private void awaitDeployed(Path deployments, Path console) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!Files.exists(deployments.resolve("kervan.ear.deployed"))) {
            Path failed = deployments.resolve("kervan.ear.failed");
            if (Files.exists(failed)) {
                throw new IllegalStateException("The EAR did not deploy: " + read(failed) + " (see "
                        + TestEnvironment.baseDir().resolve("log/server.log") + ")");
            }
            if (!process.isRunning()) {
                throw new IllegalStateException("The server under test stopped while starting; see " + console);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The server under test was not deployed within " + STARTUP
                        + "; see " + console);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the server started", e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable " + file + ")";
        }
    }

    @Override
    public void close() {
        process.stop();
    }
}
