package io.kervan.devkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server started from the binaries that Maven downloads, so a machine with only a JDK can run
 * Kervan and its tests. It listens on a free port of the loopback interface.
 *
 * <p>How it treats a commit is chosen by the factory method, never left to zonky's defaults (which turn
 * {@code synchronous_commit} off): {@link #startDurable} writes like production, {@link #startForTests} trades
 * durability for speed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    /**
     * A commit returns once it is on disk, and survives a crash of the machine: PostgreSQL's production defaults. The
     * server's own log goes to {@code log/} in the data folder (otherwise zonky hands it to a logger nobody reads).
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on", "logging_collector", "on");
    /** Commits return before they are on disk; a crash of the machine may lose or corrupt the data. */
    static final Map<String, String> NOT_DURABLE = Map.of(
            "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A throw-away database in a temporary folder, deleted when it is closed, that does not wait for the disk: fsync,
     * synchronous_commit and full_page_writes off. For tests, whose data nobody needs after a crash; never for figures
     * about writing.
     */
    public static EmbeddedDatabase startForTests() {
        return start(null, NOT_DURABLE);
    }

    /**
     * A database as durable as production (fsync, synchronous_commit and full_page_writes on) whose data stays in
     * {@code dataDirectory} across restarts, with its server log in {@code dataDirectory/log}: the run command, and the
     * benchmark (which empties the folder first). Put it on a real disk: on tmpfs an fsync costs nothing and proves
     * nothing.
     */
    public static EmbeddedDatabase startDurable(Path dataDirectory) {
        return start(dataDirectory, DURABLE);
    }

    private static EmbeddedDatabase start(Path dataDirectory, Map<String, String> durability) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(freePort())
                    .setServerConfig("max_connections", "200");
            durability.forEach(builder::setServerConfig);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
