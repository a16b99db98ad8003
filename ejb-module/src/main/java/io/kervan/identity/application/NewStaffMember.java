package io.kervan.identity.application;

import io.kervan.identity.domain.StaffRole;

public record NewStaffMember(String email, String password, String fullName, StaffRole role) {
}
