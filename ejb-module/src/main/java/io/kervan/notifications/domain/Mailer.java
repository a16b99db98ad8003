package io.kervan.notifications.domain;

import jakarta.mail.MessagingException;

import java.util.List;

/**
 * Sends mail from Kervan's sender address, under a display name (the shop's). A failure to send is thrown, so the job
 * that sends it is tried again.
 */
public interface Mailer {

    /** An image shown inside an HTML mail, referred to as {@code cid:<contentId>}. */
    record InlineImage(String contentId, String fileName, String contentType, byte[] bytes) {
    }

    /** Plain text. @param senderName shown beside the sender address, e.g. the shop's name */
    void send(String to, String senderName, String subject, String text) throws MessagingException;

    /** HTML with a plain-text alternative, and images inline, as mail clients show them without fetching anything. */
    void send(String to, String senderName, String subject, String text, String html, List<InlineImage> images)
            throws MessagingException;
}
