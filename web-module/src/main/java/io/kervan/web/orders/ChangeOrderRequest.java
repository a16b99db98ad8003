package io.kervan.web.orders;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PATCH /api/orders/{id}/}: a new status, a tracking number, or both; a note goes into the history. Shipping
 * may name the {@code carrier} that took the parcel (else the shipping method's stays).
 */
public record ChangeOrderRequest(
        @Pattern(regexp = "pending|confirmed|processing|shipped|delivered|cancelled|refunded",
                message = "status must be one of pending, confirmed, processing, shipped, delivered, cancelled, refunded")
        String status,
        @Size(min = 3, max = 64, message = "tracking_number must be 3 to 64 characters")
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "tracking_number may hold letters, digits and hyphens")
        String trackingNumber,
        @Size(max = 500, message = "note is at most 500 characters")
        String note,
        @Size(max = 80, message = "carrier is at most 80 characters")
        String carrier) {
}
