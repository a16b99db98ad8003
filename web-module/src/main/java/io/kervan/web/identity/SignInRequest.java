package io.kervan.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SignInRequest(
        @NotBlank(message = "email is required") @Size(max = 254, message = "email is at most 254 characters")
        String email,
        @NotBlank(message = "password is required") @Size(max = 128, message = "password is at most 128 characters")
        String password) {
}
