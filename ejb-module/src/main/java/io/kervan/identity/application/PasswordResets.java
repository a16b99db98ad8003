package io.kervan.identity.application;

import io.kervan.identity.domain.Account;
import io.kervan.identity.domain.EmailAddress;
import io.kervan.identity.domain.PasswordResetToken;
import io.kervan.identity.domain.PasswordResetTokens;
import io.kervan.identity.domain.Realm;
import io.kervan.jobs.application.JobQueue;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Password reset by mail, for customers and staff. Asking answers alike whether the address has an account or not;
 * an account's mail is sent by a {@value #MAIL_JOB} job, which makes the link (so its secret is never stored, not even
 * in the job), at most {@code kervan.identity.password-reset-mails-per-account} per address and window, from at most
 * {@code kervan.identity.password-reset-requests-per-address} requests per client address. A link works once, for
 * {@code kervan.identity.password-reset-lifetime}, at the shop and for the realm it was made for; using it sets the
 * password, withdraws the account's other links and ends every token of the account.
 */
@Stateless
public class PasswordResets {

    public static final String MAIL_JOB = "password-reset-mail";

    /** What the mail needs: to whom, how to greet them, and the link's secret. */
    public record ResetLink(String email, String name, String secret, Duration lifetime) {
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordResetTokens links;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    TenantContext tenantContext;

    @Inject
    JobQueue jobs;

    @Inject
    Event<TokensEnded> ended;

    @Inject
    @ConfigProperty(name = "kervan.identity.password-reset-lifetime", defaultValue = "PT30M")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "kervan.identity.password-reset-mails-per-account", defaultValue = "3")
    int mailsPerAccount;

    @Inject
    @ConfigProperty(name = "kervan.identity.password-reset-requests-per-address", defaultValue = "20")
    int requestsPerAddress;

    public void request(Realm realm, String email, String clientAddress) {
        TenantRef tenant = tenantContext.require();
        String normalized = EmailAddress.normalize(email);
        throttle.use(ThrottleKeys.resetRequests(clientAddress), requestsPerAddress).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many password resets asked for from your address; try again in "
                    + Math.max(1, wait.toMinutes()) + " minute(s)", wait);
        });
        if (throttle.use(ThrottleKeys.resetMails(realm, tenant, normalized), mailsPerAccount).isPresent()) {
            return; // the mails already sent are enough; saying so would tell that the address has an account
        }
        accounts.findByEmail(realm, normalized).filter(Account::mayResetPassword).ifPresent(account ->
                jobs.enqueue(MAIL_JOB, JsonDocuments.object().add("realm", realm.name())
                        .add("account_id", account.id().toString()).build().toString()));
    }

    /** A new link for the account, made by the mail job; empty when it may no longer reset its password. */
    public Optional<ResetLink> issue(Realm realm, UUID accountId) {
        return accounts.find(realm, accountId).filter(Account::mayResetPassword).map(account -> {
            PasswordResetToken.Issued issued = PasswordResetToken.issue(realm, accountId, Instant.now(), lifetime);
            links.add(issued.token());
            return new ResetLink(account.email(), account.name(), issued.secret(), lifetime);
        });
    }

    /** @return a token for the new password; every earlier token of the account has ended */
    public AccessToken confirm(Realm realm, String secret, String newPassword) {
        Instant now = Instant.now();
        PasswordResetToken link = links.findByHash(PasswordResetToken.hashOf(secret))
                .orElseThrow(PasswordResetToken::invalid);
        link.use(realm, now);
        Account account = accounts.find(realm, link.accountId()).filter(Account::mayResetPassword)
                .orElseThrow(PasswordResetToken::invalid);
        account.replacePassword(hasher.hash(newPassword));
        links.unusedFor(account.id()).forEach(other -> other.withdraw(now));
        throttle.clear(ThrottleKeys.account(realm, tenantContext.require(), account.email()));
        ended.fire(new TokensEnded(realm, account.id()));
        return accounts.tokenFor(account);
    }
}
