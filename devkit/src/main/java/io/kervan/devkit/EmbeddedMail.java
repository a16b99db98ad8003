package io.kervan.devkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A real SMTP server in this JVM (GreenMail) that keeps what it receives: the run command shows the mails Kervan
 * sends, and tests read them.
 */
public final class EmbeddedMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    private EmbeddedMail(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static EmbeddedMail start() {
        try {
            int port = EmbeddedDatabase.freePort();
            GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            return new EmbeddedMail(greenMail, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Waits until at least {@code count} messages have arrived in all, or {@code timeout} passes. */
    public boolean awaitCount(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Stops the server and starts it again on the same port, as a mail server restart: open connections are cut. */
    public void restart() {
        greenMail.reset();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
