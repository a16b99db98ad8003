package io.kervan.identity.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.shared.domain.KervanException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A shopper with an account at one shop; the same person at another shop is another customer. A customer signs in
 * with an email and a password, with Telegram, or both; one who came through Telegram alone has neither email nor
 * password (and possibly no last name).
 */
@Entity
@Table(name = "customers")
public class Customer extends TenantOwned implements Account {

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", length = 80)
    private String lastName;

    @Column(length = 20)
    private String phone;

    @Embedded
    private TelegramAccount telegram;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "token_version", nullable = false)
    private long tokenVersion;

    protected Customer() {
        // for JPA
    }

    public Customer(String email, String passwordHash, String firstName, String lastName, String phone) {
        super(UUID.randomUUID());
        this.email = EmailAddress.normalize(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.phone = phone;
        this.createdAt = Instant.now();
    }

    /** A customer who signed in with Telegram for the first time at this shop. */
    public static Customer fromTelegram(TelegramAccount account, String firstName, String lastName) {
        return new Customer(account, firstName, lastName == null || lastName.isBlank() ? null : lastName.strip());
    }

    private Customer(TelegramAccount telegram, String firstName, String lastName) {
        super(UUID.randomUUID());
        this.telegram = telegram;
        this.firstName = firstName.strip();
        this.lastName = lastName;
        this.createdAt = Instant.now();
    }

    @Override
    public boolean canSignInWith(String password) {
        return passwordHash != null && PasswordHash.matches(password, passwordHash);
    }

    /** Only a customer with an email has a password, and a mailbox to send the link to. */
    @Override
    public boolean mayResetPassword() {
        return email != null;
    }

    /** A customer who signs in with Telegram alone has no password to replace. */
    @Override
    public void replacePassword(String passwordHash) {
        if (email == null) {
            throw new KervanException(IdentityError.NO_PASSWORD,
                    "Your account signs in with Telegram and has no password to change");
        }
        this.passwordHash = passwordHash;
        endTokens();
    }

    @Override
    public void endTokens() {
        tokenVersion++;
    }

    @Override
    public long tokenVersion() {
        return tokenVersion;
    }

    /**
     * Links a Telegram account, or notes the username it has now when it is the one already linked. A customer has
     * one Telegram account: another one is refused.
     */
    public void signedInWithTelegram(TelegramAccount account) {
        if (telegram != null && !telegram.userId().equals(account.userId())) {
            throw new KervanException(IdentityError.TELEGRAM_ALREADY_LINKED,
                    "Your account is linked to another Telegram account; sign in with that one");
        }
        telegram = account;
    }

    /** How the customer is named in tokens and order histories: the email, else the Telegram account. */
    public String principalName() {
        return email != null ? email : "telegram:" + telegram.userId();
    }

    /** Null when the customer has not signed in with Telegram. */
    public TelegramAccount telegram() {
        return telegram;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String name() {
        return firstName;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
