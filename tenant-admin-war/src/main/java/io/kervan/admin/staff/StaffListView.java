package io.kervan.admin.staff;

import io.kervan.admin.Flash;
import io.kervan.identity.application.StaffView;
import io.kervan.identity.domain.StaffRole;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the staff members page shows: the members, the signed-in member ({@code self}: no buttons on their own row)
 * and their role (buttons and the role choice only on the rows they may manage), the add form and the roles it may
 * give.
 */
public record StaffListView(List<StaffView> members, UUID self, StaffRole acting, StaffPage.Form form, Flash flash,
                            List<String> roles) {

    /** Whether the signed-in member may deactivate or reactivate {@code member}. */
    public boolean manages(StaffView member) {
        return !member.id().equals(self) && acting.mayManage(roleOf(member));
    }

    /** The roles the signed-in member may give {@code member} (theirs among them); empty when there is no choice. */
    public List<String> rolesFor(StaffView member) {
        if (member.id().equals(self)) {
            return List.of();
        }
        List<String> roles = Arrays.stream(StaffRole.values()).filter(r -> acting.mayChangeRole(roleOf(member), r))
                .map(StaffRole::group).toList();
        return roles.size() > 1 ? roles : List.of();
    }

    private static StaffRole roleOf(StaffView member) {
        return StaffRole.valueOf(member.role().toUpperCase(Locale.ROOT));
    }
}
