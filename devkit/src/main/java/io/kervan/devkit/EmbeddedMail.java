package io.kervan.devkit;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Hands every message received so far to {@code reader}, oldest first per mailbox, and forgets it, so that a long
     * run (the run command, the benchmark's hundreds of thousands of order mails) does not keep every mail in memory.
     * A message arriving meanwhile is kept for the next call.
     *
     * @return how many messages were handed over
     */
    public int drain(Consumer<MimeMessage> reader) {
        ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
        int drained = 0;
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            try {
                MailFolder inbox = mailboxes.getInbox(user);
                // A copy: getMessages() is a view of the list that deliveries append to meanwhile.
                for (StoredMessage message : inbox.getNonDeletedMessages()) {
                    reader.accept(message.getMimeMessage());
                    message.setFlag(Flags.Flag.DELETED, true);
                    drained++;
                }
                inbox.expunge();
            } catch (FolderException e) {
                throw new IllegalStateException("The mail sink's mailbox of " + user.getEmail() + " failed", e);
            }
        }
        return drained;
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
