package io.kervan.devkit;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the run command keeps every mail its local SMTP server caught: each as an {@code .eml} file (the message as
 * it went over the wire, RFC 5322), which any mail program opens with its HTML, inline QR codes and attachments, and
 * a few lines for the console: recipients, subject, the file, and the plain-text part.
 */
public final class MailFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_NAME = 60;

    private final Path directory;

    public MailFolder(Path directory) {
        this.directory = directory;
    }

    /** Keeps the message as a new file and tells what it is; a message that cannot be read is told as such. */
    public String keep(MimeMessage message) {
        try {
            Path file = write(message);
            return "--- mail to " + recipients(message) + ": " + message.getSubject() + System.lineSeparator()
                    + "    saved as " + file + " (open it in a mail program)" + System.lineSeparator()
                    + textPart(message).orElse("(no plain-text part)");
        } catch (MessagingException | IOException unreadable) {
            return "--- a mail that could not be read: " + unreadable.getMessage();
        }
    }

    private Path write(MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(directory);
        String name = STAMP.format(LocalDateTime.now()) + "-" + slug(message.getSubject());
        for (int n = 1; ; n++) {
            Path file = directory.resolve(name + (n == 1 ? "" : "-" + n) + ".eml");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                message.writeTo(out);
                return file;
            } catch (FileAlreadyExistsException taken) {
                // two mails with one subject in one second: number the second
            }
        }
    }

    /** The first {@code text/plain} part, looking inside multiparts (related, alternative, mixed). */
    static Optional<String> textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = textPart(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        return message.getAllRecipients() == null ? "nobody"
                : Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** A file name from the subject: letters and digits of any script, the rest as dashes. */
    private static String slug(String subject) {
        String slug = subject == null ? "" : subject.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > MAX_NAME ? slug.substring(0, MAX_NAME) : slug;
        return slug.isEmpty() ? "mail" : slug;
    }

    public Path directory() {
        return directory;
    }
}
