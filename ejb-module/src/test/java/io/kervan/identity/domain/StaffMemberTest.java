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

    @Test
    void a_role_change_ends_the_members_tokens_and_giving_the_same_role_changes_nothing() {
        StaffMember owner = member("owner@shop.test", StaffRole.OWNER);
        StaffMember clerk = member("clerk@shop.test", StaffRole.STAFF);
        long before = clerk.tokenVersion();

        assertThat(clerk.changeRoleBy(owner, StaffRole.ADMIN, 1)).isTrue();
        assertThat(clerk.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(clerk.tokenVersion()).isEqualTo(before + 1);
        assertThat(clerk.changeRoleBy(owner, StaffRole.ADMIN, 1)).isFalse();
        assertThat(clerk.tokenVersion()).isEqualTo(before + 1);
        assertThat(clerk.changeRoleBy(owner, StaffRole.OWNER, 1)).isTrue();
        assertThat(clerk.role()).isEqualTo(StaffRole.OWNER);
    }

    @Test
    void an_admin_neither_makes_an_owner_nor_changes_an_owner_or_an_admin_and_nobody_changes_their_own_role() {
        StaffMember admin = member("admin@shop.test", StaffRole.ADMIN);
        refused(() -> member("clerk@shop.test", StaffRole.STAFF).changeRoleBy(admin, StaffRole.OWNER, 1),
                IdentityError.ROLE_NOT_ALLOWED);
        refused(() -> member("clerk@shop.test", StaffRole.STAFF).changeRoleBy(admin, StaffRole.ADMIN, 1),
                IdentityError.ROLE_NOT_ALLOWED);
        refused(() -> member("owner@shop.test", StaffRole.OWNER).changeRoleBy(admin, StaffRole.STAFF, 2),
                IdentityError.ROLE_NOT_ALLOWED);
        refused(() -> member("admin2@shop.test", StaffRole.ADMIN).changeRoleBy(admin, StaffRole.STAFF, 1),
                IdentityError.ROLE_NOT_ALLOWED);
        StaffMember owner = member("owner@shop.test", StaffRole.OWNER);
        refused(() -> owner.changeRoleBy(owner, StaffRole.ADMIN, 2), IdentityError.OWN_ACCOUNT);
        assertThat(owner.role()).isEqualTo(StaffRole.OWNER);
    }

    @Test
    void the_last_active_owner_keeps_the_role_but_one_of_two_owners_may_be_demoted() {
        StaffMember first = member("first@shop.test", StaffRole.OWNER);
        StaffMember second = member("second@shop.test", StaffRole.OWNER);
        refused(() -> second.changeRoleBy(first, StaffRole.ADMIN, 1), IdentityError.LAST_OWNER);
        assertThat(second.role()).isEqualTo(StaffRole.OWNER);
        assertThat(second.changeRoleBy(first, StaffRole.ADMIN, 2)).isTrue();
    }
}
