package io.kervan.web.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(
        @NotBlank(message = "email is required") @Email(message = "email must be an address such as name@example.com")
        @Size(max = 254, message = "email is at most 254 characters")
        String email) {
}
