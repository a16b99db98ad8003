package io.kervan.identity.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRoleTest {

    @Test
    void owners_add_admins_and_staff_but_never_another_owner() {
        assertThat(StaffRole.OWNER.mayAdd(StaffRole.ADMIN)).isTrue();
        assertThat(StaffRole.OWNER.mayAdd(StaffRole.STAFF)).isTrue();
        assertThat(StaffRole.OWNER.mayAdd(StaffRole.OWNER)).isFalse();
    }

    @Test
    void admins_add_only_staff_and_staff_add_nobody() {
        assertThat(StaffRole.ADMIN.mayAdd(StaffRole.STAFF)).isTrue();
        assertThat(StaffRole.ADMIN.mayAdd(StaffRole.ADMIN)).isFalse();
        assertThat(StaffRole.STAFF.mayAdd(StaffRole.STAFF)).isFalse();
    }
}
