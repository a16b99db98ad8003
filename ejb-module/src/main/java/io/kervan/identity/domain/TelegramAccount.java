package io.kervan.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Telegram user as a shop knows them: the stable numeric id, and the username they had when last seen (if any). */
@Embeddable
public record TelegramAccount(
        @Column(name = "telegram_user_id") Long userId,
        @Column(name = "telegram_username") String username) {
}
