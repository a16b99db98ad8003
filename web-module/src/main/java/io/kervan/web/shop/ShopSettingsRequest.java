package io.kervan.web.shop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PATCH /api/staff/shop/}: only the fields sent change; {@code ""} for {@code logo_url} or
 * {@code primary_color} goes back to the default theme. {@code escrow_enabled} holds every paid order's money until
 * delivery; {@code escrow_auto_release_days} (0 to 365) is how long after delivery it is released automatically, 0 for
 * at delivery.
 */
public record ShopSettingsRequest(
        @Size(min = 1, max = 120, message = "display_name is 1 to 120 characters") String displayName,
        @Size(max = 500, message = "logo_url is at most 500 characters")
        @Pattern(regexp = "|https?://\\S+", message = "logo_url must be an https address such as "
                + "https://cdn.example.com/logo.png (http only on localhost)") String logoUrl,
        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "primary_color must be a colour such as #1a5fb4")
        String primaryColor,
        @Pattern(regexp = "tr|en|ru", message = "default_locale must be tr, en or ru") String defaultLocale,
        Boolean escrowEnabled,
        @Min(value = 0, message = "escrow_auto_release_days must be 0 (release on delivery) to 365")
        @Max(value = 365, message = "escrow_auto_release_days must be 0 (release on delivery) to 365")
        Integer escrowAutoReleaseDays) {
}
