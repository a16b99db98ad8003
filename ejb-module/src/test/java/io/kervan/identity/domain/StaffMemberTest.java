package io.kervan.identity.domain;

import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffMemberTest {

    private static final String HASH = "pbkdf2-sha512$1$c2FsdA$aGFzaA";

    private static StaffMember member(String email, StaffRole role) {
        return new StaffMember(email, HASH, null, role);
    }

    private static void refused(Runnable action, Object code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @Test
    void deactivation_ends_the_members_tokens_and_reactivation_does_not_bring_them_back() {
        StaffMember owner = member("owner@shop.test", StaffRole.OWNER);
        StaffMember clerk = member("clerk@shop.test", StaffRole.STAFF);
        long before = clerk.tokenVersion();

        clerk.deactivateBy(owner, 1);
        assertThat(clerk.active()).isFalse();
        assertThat(clerk.mayResetPassword()).isFalse();
        assertThat(clerk.tokenVersion()).isEqualTo(before + 1);

        clerk.reactivateBy(owner);
        assertThat(clerk.active()).isTrue();
        assertThat(clerk.tokenVersion()).isEqualTo(before + 1);
    }

    @Test
    void an_admin_deactivates_staff_but_neither_an_owner_nor_another_admin() {
        StaffMember admin = member("admin@shop.test", StaffRole.ADMIN);
        member("clerk@shop.test", StaffRole.STAFF).deactivateBy(admin, 1);

        refused(() -> member("owner@shop.test", StaffRole.OWNER).deactivateBy(admin, 2), IdentityError.ROLE_NOT_ALLOWED);
        refused(() -> member("admin2@shop.test", StaffRole.ADMIN).deactivateBy(admin, 1),
                IdentityError.ROLE_NOT_ALLOWED);
        refused(() -> member("other@shop.test", StaffRole.STAFF).deactivateBy(member("c@shop.test", StaffRole.STAFF), 1),
                IdentityError.ROLE_NOT_ALLOWED);
    }

    @Test
    void nobody_deactivates_themselves() {
        StaffMember owner = member("owner@shop.test", StaffRole.OWNER);
        refused(() -> owner.deactivateBy(owner, 2), IdentityError.OWN_ACCOUNT);
        assertThat(owner.active()).isTrue();
    }

    @Test
    void the_last_active_owner_stays_active_but_one_of_two_owners_may_go() {
        StaffMember first = member("first@shop.test", StaffRole.OWNER);
        StaffMember second = member("second@shop.test", StaffRole.OWNER);

        refused(() -> second.deactivateBy(first, 1), IdentityError.LAST_OWNER);
        assertThat(second.active()).isTrue();
        second.deactivateBy(first, 2);
        assertThat(second.active()).isFalse();
    }

    @Test
    void a_new_password_ends_every_earlier_token() {
        StaffMember clerk = member("clerk@shop.test", StaffRole.STAFF);
        clerk.replacePassword(PasswordHash.create("a-new-password", 1000));
        assertThat(clerk.tokenVersion()).isEqualTo(1);
        assertThat(clerk.canSignInWith("a-new-password")).isTrue();
    }
}
