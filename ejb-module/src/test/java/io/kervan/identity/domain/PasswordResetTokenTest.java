package io.kervan.identity.domain;

import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordResetTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private static void refused(Runnable use) {
        assertThatThrownBy(use::run).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(IdentityError.INVALID_RESET_TOKEN));
    }

    @Test
    void only_the_hash_of_the_mailed_secret_is_kept() {
        PasswordResetToken.Issued issued = PasswordResetToken.issue(Realm.CUSTOMER, UUID.randomUUID(), NOW, LIFETIME);
        assertThat(issued.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(PasswordResetToken.hashOf(issued.secret())).hasSize(64).doesNotContain(issued.secret());
        assertThat(PasswordResetToken.issue(Realm.CUSTOMER, UUID.randomUUID(), NOW, LIFETIME).secret())
                .isNotEqualTo(issued.secret());
    }

    @Test
    void a_link_works_once() {
        PasswordResetToken token = PasswordResetToken.issue(Realm.STAFF, UUID.randomUUID(), NOW, LIFETIME).token();
        token.use(Realm.STAFF, NOW.plusSeconds(60));
        refused(() -> token.use(Realm.STAFF, NOW.plusSeconds(61)));
    }

    @Test
    void a_link_expires_after_its_lifetime() {
        PasswordResetToken token = PasswordResetToken.issue(Realm.CUSTOMER, UUID.randomUUID(), NOW, LIFETIME).token();
        refused(() -> token.use(Realm.CUSTOMER, NOW.plus(LIFETIME)));
    }

    @Test
    void a_customers_link_does_not_reset_a_staff_password() {
        PasswordResetToken token = PasswordResetToken.issue(Realm.CUSTOMER, UUID.randomUUID(), NOW, LIFETIME).token();
        refused(() -> token.use(Realm.STAFF, NOW));
    }

    @Test
    void a_withdrawn_link_no_longer_works() {
        PasswordResetToken token = PasswordResetToken.issue(Realm.CUSTOMER, UUID.randomUUID(), NOW, LIFETIME).token();
        token.withdraw(NOW);
        refused(() -> token.use(Realm.CUSTOMER, NOW.plusSeconds(1)));
    }
}
