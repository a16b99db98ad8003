package io.kervan.shared.infrastructure;

import io.kervan.shared.application.ChangeSubscriber;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Hears PostgreSQL announce committed changes (triggers that call {@code pg_notify}) on the channels of this node's
 * {@link ChangeSubscriber}s, and passes each announcement to its channel's subscribers: tracked orders
 * ({@code order_tracking}, migration V15), token versions ({@code account_tokens}) and shops ({@code tenant_changes},
 * V19). It holds one connection of the pool {@code KervanListenerDS} for as long as the server runs, on a thread of its
 * own; after five seconds of silence it checks that the connection still answers. While the connection is lost every
 * subscriber is told it is deaf; it listens again a second later. That pool is the listener's alone: the connection is
 * read through the driver, where a pool cannot see it fail, and a connection PostgreSQL dropped must never reach a
 * request.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    /** The thread's name; also the connection's {@code application_name} in {@code pg_stat_activity}. */
    static final String NAME = "kervan-changes";
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
    @Any
    Instance<ChangeSubscriber> subscribers;

    private Map<String, List<ChangeSubscriber>> byChannel;
    private volatile boolean running;
    private Thread listener;

    @PostConstruct
    void start() {
        byChannel = subscribers.stream().filter(ChangeSubscriber::enabled)
                .collect(Collectors.groupingBy(ChangeSubscriber::channel));
        if (byChannel.isEmpty()) {
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
                    for (String channel : byChannel.keySet()) {
                        statement.execute("listen " + channel);
                    }
                    hear(connection);
                } finally {
                    release(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Lost the connection that hears changes; what this node keeps in memory "
                            + "is read from the database until it is back: " + e.getMessage());
                }
            } finally {
                everySubscriber().forEach(ChangeSubscriber::deaf);
            }
            pause();
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        everySubscriber().forEach(ChangeSubscriber::listening);
        LOG.info("Listening for changes on " + byChannel.keySet());
        try {
            int quiet = 0;
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications == null || notifications.length == 0) {
                    if (++quiet >= QUIET_WAITS_BEFORE_CHECK) {
                        quiet = 0;
                        if (!connection.isValid(ALIVE_SECONDS)) {
                            throw new SQLException("The connection that hears changes stopped answering");
                        }
                    }
                    continue;
                }
                quiet = 0;
                for (PGNotification notification : notifications) {
                    heard(notification.getName(), notification.getParameter());
                }
            }
        } finally {
            LOG.info("Stopped listening for changes");
        }
    }

    private void heard(String channel, String payload) {
        for (ChangeSubscriber subscriber : byChannel.getOrDefault(channel, List.of())) {
            try {
                subscriber.heard(payload);
            } catch (RuntimeException e) {
                LOG.warning("Ignored an announcement on " + channel + " that could not be read: " + payload);
            }
        }
    }

    private List<ChangeSubscriber> everySubscriber() {
        return byChannel.values().stream().flatMap(List::stream).toList();
    }

    /** Hands the connection back no longer listening: announcements would pile up for it while it idles. */
    private static void release(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
        } catch (SQLException e) {
            LOG.fine("The connection that heard changes is closed: " + e.getMessage());
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
