package io.kervan.identity.domain;

import java.util.UUID;

/**
 * An account of a shop that signs in with a password and holds tokens: a {@link Customer} or a {@link StaffMember}.
 * Its token version is written into every token it is given; raising it ends every token given before.
 */
public interface Account {

    UUID id();

    /** Null for a customer who signs in with Telegram alone. */
    String email();

    /** How mails greet the account holder. */
    String name();

    long tokenVersion();

    boolean canSignInWith(String password);

    /** Whether the account may be mailed a link to choose a new password, and use it. */
    boolean mayResetPassword();

    /** Sets a new password and ends every token given before. */
    void replacePassword(String passwordHash);

    /** Ends every token given before now: signing out on every device. */
    void endTokens();
}
