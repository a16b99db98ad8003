package io.kervan.devkit;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's mail: what the local SMTP server caught becomes a file a mail program opens, and readable text. */
class MailFolderTest {

    /** The first bytes of a PNG: enough for a mail program to see an image part. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path dataDir;

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
    void an_html_mail_with_inline_images_is_kept_whole_and_its_text_part_is_shown() throws Exception {
        sendEsimMail("Kervan Demo Shop: eSIM'iniz hazır", "buyer@example.com");
        MailFolder folder = new MailFolder(dataDir.resolve("mail"));
        List<String> shown = new ArrayList<>();

        assertThat(mail.drain(message -> shown.add(folder.keep(message)))).isEqualTo(1);

        List<Path> files = files(folder.directory());
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith(".eml").contains("eSIM-iniz-hazır");
        assertThat(shown.get(0)).contains("buyer@example.com", "Kervan Demo Shop: eSIM'iniz hazır",
                files.get(0).toString(), "Scan the QR code with your phone", "LPA:1$smdp.example$K2-ABC")
                .doesNotContain("MimeMultipart@", "<html>");

        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage kept = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(kept.getSubject()).isEqualTo("Kervan Demo Shop: eSIM'iniz hazır");
            assertThat(kept.getAllRecipients()[0].toString()).isEqualTo("buyer@example.com");
            Multipart related = (Multipart) kept.getContent();
            assertThat(kept.isMimeType("multipart/related")).isTrue();
            Multipart alternative = (Multipart) related.getBodyPart(0).getContent();
            assertThat(alternative.getBodyPart(1).getContent().toString()).contains("<img src=\"cid:qr-1@kervan\"");
            Part image = related.getBodyPart(1);
            assertThat(image.isMimeType("image/png")).isTrue();
            assertThat(((MimeBodyPart) image).getContentID()).isEqualTo("<qr-1@kervan>");
            assertThat(image.getInputStream().readAllBytes()).isEqualTo(PNG);
        }
    }

    @Test
    void every_mail_gets_its_own_file_even_with_the_same_subject() throws Exception {
        sendEsimMail("Same subject", "one@example.com");
        sendEsimMail("Same subject", "two@example.com");
        MailFolder folder = new MailFolder(dataDir.resolve("mail"));

        mail.drain(folder::keep);

        assertThat(files(folder.directory())).hasSize(2);
    }

    @Test
    void a_plain_text_mail_shows_its_text() throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("shop@example.com");
        message.setRecipients(Message.RecipientType.TO, "plain@example.com");
        message.setSubject("Order received");
        message.setText("Subtotal: 291.00 TRY", StandardCharsets.UTF_8.name());
        Transport.send(message);
        MailFolder folder = new MailFolder(dataDir.resolve("mail"));
        List<String> shown = new ArrayList<>();

        mail.drain(m -> shown.add(folder.keep(m)));

        assertThat(shown).singleElement().asString().contains("plain@example.com", "Order received",
                "Subtotal: 291.00 TRY");
    }

    /** A mail shaped like Kervan's eSIM mail: related(alternative(text, html), inline PNG). */
    private void sendEsimMail(String subject, String to) throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Scan the QR code with your phone.\n\nLPA:1$smdp.example$K2-ABC\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><body><p>Scan the QR code</p><img src=\"cid:qr-1@kervan\"></body></html>",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart image = new MimeBodyPart();
        image.setDataHandler(new DataHandler(new ByteArrayDataSource(PNG, "image/png")));
        image.setContentID("<qr-1@kervan>");
        image.setDisposition(Part.INLINE);
        MimeMessage message = new MimeMessage(session);
        message.setFrom("shop@example.com");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setContent(new MimeMultipart("related", body, image));
        Transport.send(message);
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
