package io.kervan.web.shop;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PATCH /api/staff/shop/}: only the fields sent change; {@code ""} for {@code logo_url} or
 * {@code primary_color} goes back to the default theme.
 */
public record ShopSettingsRequest(
        @Size(min = 1, max = 120, message = "display_name is 1 to 120 characters") String displayName,
        @Size(max = 500, message = "logo_url is at most 500 characters")
        @Pattern(regexp = "|https?://\\S+", message = "logo_url must be an https address such as "
                + "https://cdn.example.com/logo.png (http only on localhost)") String logoUrl,
        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "primary_color must be a colour such as #1a5fb4")
        String primaryColor,
        @Pattern(regexp = "tr|en|ru", message = "default_locale must be tr, en or ru") String defaultLocale) {
}
