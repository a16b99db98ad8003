package io.kervan.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in account's new password, with the current one as proof. */
public record PasswordChangeRequest(
        @NotBlank(message = "current_password is required")
        @Size(max = 128, message = "current_password is at most 128 characters")
        String currentPassword,
        @NotBlank(message = "new_password is required")
        @Size(min = 10, max = 128, message = "new_password must be 10 to 128 characters long")
        String newPassword) {
}
