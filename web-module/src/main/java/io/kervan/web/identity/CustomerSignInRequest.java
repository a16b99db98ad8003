package io.kervan.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A customer's sign-in; {@code cart_id} is the anonymous cart to merge into theirs, if any. */
public record CustomerSignInRequest(
        @NotBlank(message = "email is required") @Size(max = 254, message = "email is at most 254 characters")
        String email,
        @NotBlank(message = "password is required") @Size(max = 128, message = "password is at most 128 characters")
        String password,
        UUID cartId) {
}
