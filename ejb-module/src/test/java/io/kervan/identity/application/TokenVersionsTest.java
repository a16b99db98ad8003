package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TokenVersionsTest {

    private static final UUID ACCOUNT = UUID.randomUUID();

    private final Map<UUID, Long> stored = new HashMap<>(Map.of(ACCOUNT, 0L));
    private final AtomicInteger reads = new AtomicInteger();
    private Runnable duringRead = () -> { };
    private final TokenVersions versions = new TokenVersions();

    @BeforeEach
    void create() {
        versions.database = (realm, id) -> {
            reads.incrementAndGet();
            Long version = stored.get(id);
            duringRead.run();
            return version == null ? OptionalLong.empty() : OptionalLong.of(version);
        };
        versions.size = 100;
        versions.create();
    }

    private void endTokens() {
        stored.merge(ACCOUNT, 1L, Long::sum);
    }

    @Test
    void a_token_checked_again_is_answered_from_memory_while_changes_are_heard() {
        versions.listening();
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 0)).isTrue();
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 0)).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void tokens_ended_on_this_node_are_refused_as_soon_as_the_change_commits() {
        versions.listening();
        versions.isCurrent(Realm.CUSTOMER, ACCOUNT, 0);
        endTokens();
        versions.ended(new TokensEnded(Realm.CUSTOMER, ACCOUNT));
        assertThat(versions.isCurrent(Realm.CUSTOMER, ACCOUNT, 0)).isFalse();
        assertThat(versions.isCurrent(Realm.CUSTOMER, ACCOUNT, 1)).isTrue();
    }

    @Test
    void tokens_ended_elsewhere_are_refused_once_the_change_is_heard() {
        versions.listening();
        versions.isCurrent(Realm.STAFF, ACCOUNT, 0);
        endTokens();
        versions.heard("staff_members " + ACCOUNT);
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 0)).isFalse();
    }

    @Test
    void a_token_newer_than_what_is_kept_is_checked_against_the_database() {
        versions.listening();
        versions.isCurrent(Realm.STAFF, ACCOUNT, 0);
        endTokens(); // elsewhere, not heard yet
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 1)).isTrue();
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 0)).isFalse();
    }

    @Test
    void a_version_read_while_a_change_was_heard_is_not_kept() {
        versions.listening();
        duringRead = () -> {
            endTokens();
            versions.heard("customers " + ACCOUNT);
        };
        assertThat(versions.isCurrent(Realm.CUSTOMER, ACCOUNT, 0)).isTrue(); // read before the change
        duringRead = () -> { };
        assertThat(versions.isCurrent(Realm.CUSTOMER, ACCOUNT, 0)).isFalse();
    }

    @Test
    void every_check_reads_the_database_while_changes_may_go_unheard() {
        versions.listening();
        versions.isCurrent(Realm.STAFF, ACCOUNT, 0);
        versions.deaf();
        endTokens();
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 0)).isFalse();
        assertThat(versions.isCurrent(Realm.STAFF, ACCOUNT, 1)).isTrue();
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_token_of_an_account_that_is_gone_is_refused() {
        versions.listening();
        assertThat(versions.isCurrent(Realm.CUSTOMER, UUID.randomUUID(), 0)).isFalse();
    }
}
