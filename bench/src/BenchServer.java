import com.sun.net.httpserver.HttpServer;
import io.kervan.devkit.EmbeddedDatabase;
import io.kervan.devkit.EmbeddedMail;
import io.kervan.devkit.WildFlyProcess;
import io.kervan.devkit.simulators.EsimGoSimulator;
import io.kervan.devkit.simulators.IyzicoSimulator;
import io.kervan.devkit.simulators.PaynetSimulator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts what the benchmark measures and keeps it up until it is told to stop (SIGTERM) or bench/run.sh goes away:
 * an embedded PostgreSQL as durable as production (devkit, zonky; its data in DATA_DIR, which run.sh empties first), a
 * local SMTP sink so order mails do not fail and retry, the eSIM Go simulator with {@code BENCH_ESIM_BUNDLES} bundles
 * (10,000) for the catalogue sync and a balance that a thousand eSIM orders cannot use up, the iyzico and PAYNET
 * simulators (for the card payments with 3-D Secure of payments-iyzico and payments-paynet), a small HTTP endpoint that
 * counts the mails the sink received ({@code MAIL_URL}, for the esim-fulfillment scenario), and the private copy of
 * the provisioned WildFly on port offset 900 (HTTP 8980), its scheduled eSIM catalogue sync off (the benchmark times
 * one by hand).
 *
 * <p>Run as a single-file program: {@code java -cp <devkit jar and its dependencies> BenchServer.java SERVER_DIR
 * STATE_FILE DATA_DIR}. When everything has started it writes {@code STATE_FILE} (shell variables) for run.sh.
 */
public class BenchServer {

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(args[0]).toAbsolutePath();
        Path stateFile = Path.of(args[1]).toAbsolutePath();
        Path dataDir = Path.of(args[2]).toAbsolutePath();
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);

        EmbeddedDatabase database = EmbeddedDatabase.startDurable(dataDir);
        EmbeddedMail mail = EmbeddedMail.start();
        int esimBundles = Integer.parseInt(System.getenv().getOrDefault("BENCH_ESIM_BUNDLES", "10000"));
        EsimGoSimulator esimGo = EsimGoSimulator.start(0, esimBundles);
        // The organisation starts with 10,000 USD, less than a thousand orders of a mix of bundles cost.
        esimGo.setBalance(EsimGoSimulator.API_KEY, new BigDecimal("100000000.00"));
        IyzicoSimulator iyzico = IyzicoSimulator.start();
        PaynetSimulator paynet = PaynetSimulator.start();
        MailLog mails = new MailLog();
        Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-sink-drain");
            thread.setDaemon(true);
            return thread;
        }).scheduleWithFixedDelay(() -> {
            try {
                mail.drain(mails::add);
            } catch (RuntimeException e) { // a task that throws is never run again: the count would stop
                System.err.println("[bench-server] reading the mail sink failed; trying again: " + e);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        HttpServer mailCounter = mailCounter(mails);
        WildFlyProcess server = WildFlyProcess.start(serverDir, List.of(
                "-Djboss.socket.binding.port-offset=900",
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
                "-Dkervan.outbound.allow-loopback=true", // the eSIM Go simulator listens on 127.0.0.1
                "-Dkervan.smtp.host=127.0.0.1",
                "-Dkervan.smtp.port=" + mail.port()), false);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[bench-server] stopping WildFly, mail sink and PostgreSQL");
            List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
            server.stop();
            // The database goes last, once the server JVM itself (not just standalone.sh) has exited.
            started.forEach(p -> p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).join());
            mailCounter.stop(0);
            mail.close();
            esimGo.close();
            iyzico.close();
            paynet.close();
            database.close();
            System.out.println("[bench-server] stopped (" + mails.total() + " mails were received)");
        }, "bench-shutdown"));

        Path partial = stateFile.resolveSibling(stateFile.getFileName() + ".partial");
        Files.writeString(partial, "DB_PORT=" + database.port() + "\n"
                + "DB_URL='" + database.jdbcUrl() + "'\n"
                + "SMTP_PORT=" + mail.port() + "\n"
                + "ESIM_URL='" + esimGo.baseUrl() + "'\n"
                + "ESIM_KEY='" + EsimGoSimulator.API_KEY + "'\n"
                + "ESIM_BUNDLES=" + esimGo.bundles().size() + "\n"
                + "IYZICO_URL='" + iyzico.baseUrl() + "'\n"
                + "IYZICO_KEY='" + IyzicoSimulator.API_KEY + "'\n"
                + "IYZICO_SECRET='" + IyzicoSimulator.SECRET_KEY + "'\n"
                + "PAYNET_URL='" + paynet.baseUrl() + "'\n"
                + "PAYNET_KEY='" + PaynetSimulator.SECRET_KEY + "'\n"
                + "MAIL_URL='http://127.0.0.1:" + mailCounter.getAddress().getPort() + "/mails'\n");
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

    /**
     * The mail sink's counter, answering one {@code name value} a line.
     *
     * <p>{@code GET /mails?subject=S&to=T}: how many mails the sink has received in all ({@code total}), how many of
     * them have S in their subject and a recipient ending in T ({@code matching}), how many different subjects those
     * have ({@code subjects}: Kervan's eSIM mail names its order, so fewer subjects than mails means an order was
     * mailed twice) and how many different recipients ({@code recipients}).
     *
     * <p>{@code GET /mails/await?total=N&timeout_ms=T}: answers {@code reached true} as soon as the sink has received N
     * mails in all, or {@code reached false} after T ms.
     */
    private static HttpServer mailCounter(MailLog mails) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/mails", exchange -> {
            try (exchange) {
                Map<String, String> query = new HashMap<>();
                String raw = exchange.getRequestURI().getRawQuery();
                for (String pair : raw == null ? new String[0] : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        query.put(pair.substring(0, eq),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
                String answer = exchange.getRequestURI().getPath().endsWith("/await")
                        ? "reached " + mails.await(Integer.parseInt(query.getOrDefault("total", "0")),
                                Duration.ofMillis(Long.parseLong(query.getOrDefault("timeout_ms", "10000")))) + "\n"
                        : mails.count(query.getOrDefault("subject", ""), query.getOrDefault("to", ""));
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return server;
    }

    /**
     * What the sink received, as subject and first recipient only. The sink itself is emptied every 100 ms: it kept
     * every mail whole, and a checkout warm-up's hundred thousand order mails filled this JVM's heap until it spent a
     * core on garbage collection and answered SMTP late, while checkout slowed to a third.
     */
    static final class MailLog {

        private record Mail(String subject, String recipient) {
        }

        private final List<Mail> mails = new ArrayList<>();

        synchronized void add(MimeMessage message) {
            try {
                var addresses = message.getAllRecipients();
                mails.add(new Mail(message.getSubject() == null ? "" : message.getSubject(),
                        addresses == null || addresses.length == 0 ? "" : addresses[0].toString()));
            } catch (MessagingException unreadable) {
                mails.add(new Mail("", ""));
            }
            notifyAll();
        }

        synchronized int total() {
            return mails.size();
        }

        synchronized boolean await(int total, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toMillis(); mails.size() < total && left > 0;
                    left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wait(left);
            }
            return mails.size() >= total;
        }

        synchronized String count(String subject, String to) {
            int matching = 0;
            Set<String> subjects = new HashSet<>();
            Set<String> recipients = new HashSet<>();
            for (Mail mail : mails) {
                if (mail.subject().contains(subject) && mail.recipient().endsWith(to)) {
                    matching++;
                    subjects.add(mail.subject());
                    recipients.add(mail.recipient());
                }
            }
            return "total " + mails.size() + "\nmatching " + matching + "\nsubjects " + subjects.size()
                    + "\nrecipients " + recipients.size() + "\n";
        }
    }
}
