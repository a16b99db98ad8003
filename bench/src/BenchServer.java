import io.kervan.devkit.EmbeddedDatabase;
import io.kervan.devkit.EmbeddedMail;
import io.kervan.devkit.WildFlyProcess;
import io.kervan.devkit.simulators.EsimGoSimulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts what the benchmark measures and keeps it up until it is told to stop (SIGTERM) or bench/run.sh goes away:
 * a throw-away embedded PostgreSQL (devkit, zonky), a local SMTP sink so order mails do not fail and retry, the eSIM Go
 * simulator with {@code BENCH_ESIM_BUNDLES} bundles (10,000) for the catalogue sync, and the private copy of the
 * provisioned WildFly on port offset 200 (HTTP 8280), its scheduled eSIM catalogue sync off (the benchmark times one
 * by hand).
 *
 * <p>Run as a single-file program: {@code java -cp <devkit jar and its dependencies> BenchServer.java SERVER_DIR
 * STATE_FILE}. When everything has started it writes {@code STATE_FILE} (shell variables) for run.sh.
 */
public class BenchServer {

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(args[0]).toAbsolutePath();
        Path stateFile = Path.of(args[1]).toAbsolutePath();
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);

        EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
        EmbeddedMail mail = EmbeddedMail.start();
        int esimBundles = Integer.parseInt(System.getenv().getOrDefault("BENCH_ESIM_BUNDLES", "10000"));
        EsimGoSimulator esimGo = EsimGoSimulator.start(0, esimBundles);
        WildFlyProcess server = WildFlyProcess.start(serverDir, List.of(
                "-Djboss.socket.binding.port-offset=200",
                "-Dkervan.db.url=" + database.jdbcUrl(),
                "-Dkervan.db.user=postgres",
                "-Dkervan.db.pool-max=60",
                "-Dkervan.platform.operator-email=operator@bench.test",
                "-Dkervan.platform.operator-password=operator-bench-password",
                "-Dkervan.tracking.requests-per-minute=100000000",
                "-Dkervan.webhooks.requests-per-minute=100000000",
                "-Dkervan.vault.master-keys=1:YmVuY2gtbWFzdGVyLWtleS0zMi1ieXRlcy1sb25nISE=",
                "-Dkervan.vault.active-master-key=1",
                "-Dkervan.security.password-hash-iterations=210000",
                "-Dkervan.esim.catalogue-sync-interval=PT0S",
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + mail.port()), false);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[bench-server] stopping WildFly, mail sink and PostgreSQL");
            List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
            server.stop();
            // The database goes last, once the server JVM itself (not just standalone.sh) has exited.
            started.forEach(p -> p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).join());
            mail.close();
            esimGo.close();
            database.close();
            System.out.println("[bench-server] stopped (" + mail.received().size() + " mails were received)");
        }, "bench-shutdown"));

        Path partial = stateFile.resolveSibling(stateFile.getFileName() + ".partial");
        Files.writeString(partial, "DB_PORT=" + database.port() + "\n"
                + "DB_URL='" + database.jdbcUrl() + "'\n"
                + "SMTP_PORT=" + mail.port() + "\n"
                + "ESIM_URL='" + esimGo.baseUrl() + "'\n"
                + "ESIM_KEY='" + EsimGoSimulator.API_KEY + "'\n"
                + "ESIM_BUNDLES=" + esimGo.bundles().size() + "\n");
        Files.move(partial, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[bench-server] PostgreSQL on port " + database.port() + ", WildFly starting from "
                + serverDir);

        Path pidFile = stateFile.resolveSibling("server.pids");
        while (true) {
            // The processes this launcher started, so run.sh can still end them if this JVM is killed hard.
            Files.writeString(pidFile, ProcessHandle.current().descendants().map(p -> Long.toString(p.pid()))
                    .collect(Collectors.joining(" ")) + "\n");
            if (!server.isRunning()) {
                System.err.println("[bench-server] WildFly exited on its own; see " + serverDir
                        + "/standalone/log/console.log");
                System.exit(3);
            }
            if (parent != null && !parent.isAlive()) {
                System.err.println("[bench-server] run.sh is gone; shutting down");
                System.exit(0);
            }
            Thread.sleep(1000);
        }
    }
}
