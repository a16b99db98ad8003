package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.TokenVersionReader;
import io.kervan.shared.application.AnnouncedCache;
import io.kervan.shared.application.ChangeSubscriber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Tells whether a shop's token is still good: whether the token version it carries is its account's current one.
 * Every request with a token asks, so this node keeps the versions it has read, up to
 * {@code kervan.identity.token-version-cache-size} accounts (0 turns this off and every request reads the database).
 *
 * <p>What is kept is only trusted while this node hears PostgreSQL announce every committed change of a version
 * (the triggers of migration V19, on the channel {@code account_tokens}): an announcement forgets that account on
 * every node within milliseconds, and losing the connection forgets everything and reads the database until it is
 * back ({@link AnnouncedCache}). The node that ends tokens forgets the account as soon as its transaction commits,
 * before the request that ended them answers. A token newer than what is kept is checked against the database, so a
 * fresh token is never refused for a stale entry.
 */
@ApplicationScoped
public class TokenVersions implements ChangeSubscriber {

    /** Short: should an announcement ever be lost without the connection failing, this bounds the damage. */
    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private record Key(Realm realm, UUID accountId) {
    }

    @Inject
    TokenVersionReader database;

    @Inject
    @ConfigProperty(name = "kervan.identity.token-version-cache-size", defaultValue = "100000")
    long size;

    private AnnouncedCache<Key, Long> versions;

    @PostConstruct
    void create() {
        versions = new AnnouncedCache<>(size, LIFETIME);
    }

    /** Whether a token of the current shop's account, carrying {@code tokenVersion}, has not been ended. */
    public boolean isCurrent(Realm realm, UUID accountId, long tokenVersion) {
        Key key = new Key(realm, accountId);
        Long known = versions.known(key);
        if (known != null && tokenVersion <= known) {
            return tokenVersion == known;
        }
        return versions.read(key, () -> boxed(database.current(realm, accountId)))
                .map(current -> current == tokenVersion)
                .orElse(false);
    }

    /** This node ended the tokens: forget the version once the change is committed, without waiting to hear it. */
    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokensEnded ended) {
        versions.forget(new Key(ended.realm(), ended.accountId()));
    }

    @Override
    public String channel() {
        return "account_tokens";
    }

    @Override
    public boolean enabled() {
        return size > 0;
    }

    /** {@code '<table> <account id>'}, the table being {@code customers} or {@code staff_members}. */
    @Override
    public void heard(String payload) {
        Realm realm = payload.startsWith("customers ") ? Realm.CUSTOMER : Realm.STAFF;
        versions.forget(new Key(realm, UUID.fromString(payload.substring(payload.indexOf(' ') + 1))));
    }

    @Override
    public void listening() {
        versions.listening();
    }

    @Override
    public void deaf() {
        versions.deaf();
    }

    private static Optional<Long> boxed(OptionalLong version) {
        return version.isPresent() ? Optional.of(version.getAsLong()) : Optional.empty();
    }
}
