package io.kervan.notifications.infrastructure;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Open SMTP connections kept for the next message, as a mail server expects of a sender that sends more than one:
 * without them every order mail paid for a TCP connection, the greeting, EHLO and QUIT, which took most of the time a
 * job worker spent on it. A connection is used by one sender at a time; one left unused longer than {@code maxIdle}
 * is closed rather than reused (servers drop idle clients after a few minutes), and a reused connection that fails is
 * closed and the message sent once more on a new one.
 */
final class SmtpConnections {

    private static final Logger LOG = Logger.getLogger(SmtpConnections.class.getName());

    private record Idle(Transport transport, long since) {
    }

    private final Session session;
    private final int maxIdleConnections;
    private final long maxIdleNanos;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(Session session, int maxIdleConnections, Duration maxIdle) {
        this.session = session;
        this.maxIdleConnections = maxIdleConnections;
        this.maxIdleNanos = maxIdle.toNanos();
    }

    void send(Message message) throws MessagingException {
        message.saveChanges();
        Transport transport = reusable();
        if (transport != null) {
            try {
                transport.sendMessage(message, message.getAllRecipients());
                release(transport);
                return;
            } catch (MessagingException | IllegalStateException stale) {
                // Cut by the server, or answered with an error (a 421 on closing is one): never kept after a failure.
                // A recipient really refused is refused again on the new connection.
                close(transport);
                LOG.log(Level.FINE, "A kept SMTP connection failed; sending on a new one", stale);
            }
        }
        transport = session.getTransport(message.getAllRecipients()[0]);
        transport.connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(transport);
            throw e;
        }
        release(transport);
    }

    /** The most recently used connection that is still fresh; stale ones met on the way are closed. */
    private Transport reusable() {
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            // No NOOP to check it: that would cost a round trip per message. A dropped one fails and is replaced.
            if (System.nanoTime() - candidate.since() < maxIdleNanos) {
                return candidate.transport();
            }
            close(candidate.transport());
        }
        return null;
    }

    private void release(Transport transport) {
        if (idle.size() < maxIdleConnections) {
            idle.offerFirst(new Idle(transport, System.nanoTime()));
        } else {
            close(transport);
        }
    }

    void closeAll() {
        for (Idle connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            close(connection.transport());
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing an SMTP connection failed", e);
        }
    }
}
