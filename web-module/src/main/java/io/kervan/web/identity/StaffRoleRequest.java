package io.kervan.web.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code PATCH /api/staff/members/{id}/}: the member's new role. */
public record StaffRoleRequest(
        @NotNull(message = "role is required")
        @Pattern(regexp = "owner|admin|staff", message = "role must be owner, admin or staff")
        String role) {
}
