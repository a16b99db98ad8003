package io.kervan.web.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewTenantRequest(
        @NotBlank(message = "slug is required")
        @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])",
                message = "slug must be 3 to 63 lowercase letters, digits or hyphens, and start and end with a letter or digit")
        String slug,
        @NotBlank(message = "display_name is required") @Size(max = 120, message = "display_name is at most 120 characters")
        String displayName,
        @Pattern(regexp = "[A-Z]{3}", message = "default_currency must be an ISO 4217 code such as TRY")
        String defaultCurrency,
        @Pattern(regexp = "tr|en|ru|tr-TR|en-US|en-GB|ru-RU", message = "default_locale must be tr, en or ru")
        String defaultLocale,
        @NotBlank(message = "owner_email is required")
        @Email(message = "owner_email must be an address such as name@example.com")
        @Size(max = 254, message = "owner_email is at most 254 characters")
        String ownerEmail,
        @NotBlank(message = "owner_password is required")
        @Size(min = 10, max = 128, message = "owner_password must be 10 to 128 characters long")
        String ownerPassword,
        @Size(max = 120, message = "owner_full_name is at most 120 characters")
        String ownerFullName) {
}
