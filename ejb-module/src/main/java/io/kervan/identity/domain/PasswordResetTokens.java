package io.kervan.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's password reset links; the tenant filter is applied below this interface. */
public interface PasswordResetTokens {

    void add(PasswordResetToken token);

    /** Locked until the transaction ends. */
    Optional<PasswordResetToken> findByHash(String tokenHash);

    /** The account's links not used yet, expired or not. */
    List<PasswordResetToken> unusedFor(UUID accountId);
}
