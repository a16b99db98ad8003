package io.kervan.web.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewStaffRequest(
        @NotBlank(message = "email is required") @Email(message = "email must be an address such as name@example.com")
        @Size(max = 254, message = "email is at most 254 characters")
        String email,
        @NotBlank(message = "password is required")
        @Size(min = 10, max = 128, message = "password must be 10 to 128 characters long")
        String password,
        @Size(max = 120, message = "full_name is at most 120 characters")
        String fullName,
        @NotNull(message = "role is required") @Pattern(regexp = "admin|staff", message = "role must be admin or staff")
        String role) {
}
