package io.kervan.devkit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The local SMTP sink, spoken to over SMTP: what it hands over once is gone, and nothing is lost on the way. */
class EmbeddedMailTest {

    private EmbeddedMail mail;
    private Session session;

    @BeforeEach
    void start() {
        mail = EmbeddedMail.start();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.port()));
        session = Session.getInstance(properties);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void drain_hands_each_mail_over_once() throws Exception {
        send(null, "first@example.com", "One");
        send(null, "second@example.com", "Two");
        List<String> subjects = new ArrayList<>();

        assertThat(mail.drain(message -> subjects.add(subject(message)))).isEqualTo(2);
        assertThat(subjects).containsExactlyInAnyOrder("One", "Two");
        assertThat(mail.received()).isEmpty();
        assertThat(mail.drain(message -> subjects.add(subject(message)))).isZero();

        send(null, "first@example.com", "Three");
        assertThat(mail.drain(message -> subjects.add(subject(message)))).isEqualTo(1);
        assertThat(subjects).containsExactlyInAnyOrder("One", "Two", "Three");
    }

    @Test
    void mails_arriving_while_the_sink_is_drained_are_neither_lost_nor_handed_over_twice() throws Exception {
        ConcurrentHashMap.KeySetView<String, Boolean> seen = ConcurrentHashMap.newKeySet();
        List<String> twice = new ArrayList<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread drainer = new Thread(() -> {
            try {
                while (sending.get()) {
                    mail.drain(message -> {
                        if (!seen.add(subject(message))) {
                            twice.add(subject(message));
                        }
                    });
                    Thread.onSpinWait();
                }
            } catch (RuntimeException e) {
                failed.set(e);
            }
        });
        drainer.start();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int sender = 0; sender < 4; sender++) {
            int from = sender * 100;
            sent.add(senders.submit(() -> {
                Transport transport = session.getTransport("smtp");
                transport.connect();
                for (int i = from; i < from + 100; i++) {
                    send(transport, "buyer@example.com", "Order " + i);
                }
                transport.close();
                return null;
            }));
        }
        for (Future<?> done : sent) {
            done.get();
        }
        sending.set(false);
        drainer.join();
        mail.drain(message -> seen.add(subject(message)));
        senders.shutdown();

        assertThat(failed.get()).as("draining while mail arrives").isNull();
        assertThat(twice).isEmpty();
        assertThat(seen).hasSize(400);
        assertThat(mail.received()).isEmpty();
    }

    private void send(Transport transport, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("shop@example.com");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("Thank you for your order.");
        if (transport == null) {
            Transport.send(message);
        } else {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
