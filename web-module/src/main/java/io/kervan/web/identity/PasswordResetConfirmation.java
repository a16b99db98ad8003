package io.kervan.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The {@code token} of a mailed reset link and the password it sets. */
public record PasswordResetConfirmation(
        @NotBlank(message = "token is required") @Size(max = 100, message = "token is at most 100 characters")
        String token,
        @NotBlank(message = "new_password is required")
        @Size(min = 10, max = 128, message = "new_password must be 10 to 128 characters long")
        String newPassword) {
}
