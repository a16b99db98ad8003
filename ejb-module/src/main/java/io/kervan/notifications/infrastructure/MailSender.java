package io.kervan.notifications.infrastructure;

import io.kervan.notifications.domain.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;

/**
 * Sends mail (plain text, or HTML with inline images) through WildFly's default mail session, whose SMTP server and
 * sender address come from {@code KERVAN_SMTP_HOST}, {@code KERVAN_SMTP_PORT} and {@code KERVAN_MAIL_FROM} (see the
 * ear module's CLI script). Connections to the server are kept open between messages ({@link SmtpConnections}).
 */
@ApplicationScoped
public class MailSender implements Mailer {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    private SmtpConnections connections;

    @PostConstruct
    void open() {
        // As many as senders work at once (the job workers), each dropped after half a minute unused: well within the
        // minutes a server waits for an idle client (RFC 5321 asks for at least five).
        connections = new SmtpConnections(session, 8, Duration.ofSeconds(30));
    }

    @PreDestroy
    void close() {
        connections.closeAll();
    }

    @Override
    public void send(String to, String senderName, String subject, String text) throws MessagingException {
        MimeMessage message = message(to, senderName, subject);
        message.setText(text, StandardCharsets.UTF_8.name());
        connections.send(message);
    }

    /** The HTML, its plain-text alternative and the images as one {@code multipart/related}. */
    @Override
    public void send(String to, String senderName, String subject, String text, String html,
                     List<InlineImage> images) throws MessagingException {
        MimeMessage message = message(to, senderName, subject);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        alternative.addBodyPart(plain);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(rich);
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        related.addBodyPart(body);
        for (InlineImage image : images) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.contentType())));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(Part.INLINE);
            part.setFileName(image.fileName());
            related.addBodyPart(part);
        }
        message.setContent(related);
        connections.send(message);
    }

    private MimeMessage message(String to, String senderName, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            InternetAddress from = InternetAddress.getLocalAddress(session);
            message.setFrom(from == null ? null : new InternetAddress(from.getAddress(), senderName,
                    StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }
}
