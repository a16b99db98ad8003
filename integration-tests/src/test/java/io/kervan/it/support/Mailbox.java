package io.kervan.it.support;

import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mails the server under test sent to the embedded SMTP server, by recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    /**
     * The mails sent to {@code address} so far. To show that no (more) mail was sent, call it after
     * {@link BackgroundJobs#awaitAllRun}, never after a sleep.
     */
    public static List<MimeMessage> mailTo(String address) throws Exception {
        return mailTo(address, 0, Duration.ZERO);
    }

    /** The mails sent to {@code address}, once at least {@code atLeast} have come or the wait is over. */
    public static List<MimeMessage> mailTo(String address, int atLeast, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : TestEnvironment.mail().received()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    found.add(message);
                }
            }
            if (found.size() >= atLeast || Instant.now().isAfter(deadline)) {
                return found;
            }
            Thread.sleep(200);
        }
    }
}
