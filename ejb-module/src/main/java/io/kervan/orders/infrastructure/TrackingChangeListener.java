package io.kervan.orders.infrastructure;

import io.kervan.orders.application.TrackingCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hears PostgreSQL announce, on the channel {@code order_tracking}, every committed change to what tracking shows of an
 * order (the trigger of migration V15), and tells this node's {@link TrackingCache}. It holds one connection of the
 * pool {@code KervanListenerDS} for as long as the server runs, on a thread of its own; after five seconds of silence it
 * checks that the connection still answers. While the connection is lost the cache is off; it listens again a second
 * later. That pool is the listener's alone: the connection is read through the driver, where a pool cannot see it fail,
 * and a connection PostgreSQL dropped must never reach a request.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrackingChangeListener {

    private static final Logger LOG = Logger.getLogger(TrackingChangeListener.class.getName());
    private static final String CHANNEL = "order_tracking";
    /** The thread's name; also the connection's {@code application_name} in {@code pg_stat_activity}. */
    static final String NAME = "kervan-tracking-changes";
    /** How long one wait for announcements lasts: also how long stopping may take. */
    private static final int WAIT_MILLIS = 500;
    /** Quiet waits after which the connection is asked whether it still answers. */
    private static final int QUIET_WAITS_BEFORE_CHECK = 10;
    private static final int ALIVE_SECONDS = 2;
    private static final long RETRY_MILLIS = 1_000;

    @Resource(lookup = "java:jboss/datasources/KervanListenerDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    TrackingCache cache;

    private volatile boolean running;
    private Thread listener;

    @PostConstruct
    void start() {
        if (!cache.enabled()) {
            return;
        }
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName(NAME);
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(WAIT_MILLIS + ALIVE_SECONDS * 1_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                    hear(connection);
                } finally {
                    release(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Lost the connection that hears order changes; tracking reads the "
                            + "database until it is back: " + e.getMessage());
                }
            } finally {
                cache.deaf();
            }
            pause();
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        cache.listening();
        LOG.info("Listening for order changes: tracking answers orders asked for again from memory");
        try {
            int quiet = 0;
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications == null || notifications.length == 0) {
                    if (++quiet >= QUIET_WAITS_BEFORE_CHECK) {
                        quiet = 0;
                        if (!connection.isValid(ALIVE_SECONDS)) {
                            throw new SQLException("The connection that hears order changes stopped answering");
                        }
                    }
                    continue;
                }
                quiet = 0;
                for (PGNotification notification : notifications) {
                    changed(notification.getParameter());
                }
            }
        } finally {
            LOG.info("Stopped listening for order changes");
        }
    }

    /** Hands the connection back no longer listening: announcements would pile up for it while it idles. */
    private static void release(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
        } catch (SQLException e) {
            LOG.fine("The connection that heard order changes is closed: " + e.getMessage());
        }
    }

    private void changed(String payload) {
        int space = payload.indexOf(' ');
        try {
            cache.changed(UUID.fromString(payload.substring(0, space)), payload.substring(space + 1));
        } catch (RuntimeException e) {
            LOG.warning("Ignored an order change announcement that names no order: " + payload);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
