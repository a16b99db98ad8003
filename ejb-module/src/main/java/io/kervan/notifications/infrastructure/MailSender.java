package io.kervan.notifications.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends plain-text mail through WildFly's default mail session, whose SMTP server and sender address come from
 * {@code KERVAN_SMTP_HOST}, {@code KERVAN_SMTP_PORT} and {@code KERVAN_MAIL_FROM} (see the ear module's CLI script).
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    /** @param senderName shown beside the configured sender address, e.g. the shop's name */
    public void send(String to, String senderName, String subject, String text) throws MessagingException {
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
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
