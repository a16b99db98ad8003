package io.kervan.identity.application;

import io.kervan.identity.domain.Account;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A signed-in customer or staff member ends their own tokens: by signing out, which ends every token of the account
 * (every device), or by changing their password, which ends them all and gives a fresh one. A wrong current password
 * counts towards the {@link SignInThrottle} like a failed sign-in.
 */
@Stateless
public class AccountSecurity {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<TokensEnded> ended;

    public void signOut(Realm realm, UUID accountId) {
        Account account = load(realm, accountId);
        account.endTokens();
        ended.fire(new TokensEnded(realm, accountId));
    }

    /** @return a token for the new password; every other token of the account has ended */
    public AccessToken changePassword(Realm realm, UUID accountId, String currentPassword, String newPassword,
                                     String clientAddress) {
        Account account = load(realm, accountId);
        if (account.email() == null) {
            throw new KervanException(IdentityError.NO_PASSWORD,
                    "Your account signs in with Telegram and has no password to change");
        }
        String accountKey = ThrottleKeys.account(realm, tenantContext.require(), account.email());
        String addressKey = ThrottleKeys.address(clientAddress);
        throttle.requireNotLocked(accountKey, addressKey);
        if (!account.canSignInWith(currentPassword)) {
            throttle.recordFailure(accountKey, addressKey);
            String message = "current_password is not your password; repeated failures lock sign-in for a while";
            throw new KervanException(IdentityError.WRONG_CURRENT_PASSWORD, message,
                    Map.of("errors", List.of(new FieldError("current_password", message))));
        }
        account.replacePassword(hasher.hash(newPassword));
        throttle.clear(accountKey);
        ended.fire(new TokensEnded(realm, accountId));
        return accounts.tokenFor(account);
    }

    private Account load(Realm realm, UUID accountId) {
        // The token was checked a moment ago; the account can only have gone since.
        return accounts.find(realm, accountId).orElseThrow(() -> new KervanException(IdentityError.TOKEN_REVOKED,
                "The account of this token no longer exists; sign in again"));
    }
}
