package io.kervan.web.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        @NotBlank(message = "email is required") @Email(message = "email must be an address such as name@example.com")
        @Size(max = 254, message = "email is at most 254 characters")
        String email,
        @NotBlank(message = "password is required")
        @Size(min = 10, max = 128, message = "password must be 10 to 128 characters long")
        String password,
        @NotBlank(message = "first_name is required") @Size(max = 80, message = "first_name is at most 80 characters")
        String firstName,
        @NotBlank(message = "last_name is required") @Size(max = 80, message = "last_name is at most 80 characters")
        String lastName,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "phone must be in international form, e.g. +905551234567")
        String phone) {
}
