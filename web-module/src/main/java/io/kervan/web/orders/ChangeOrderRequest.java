package io.kervan.web.orders;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/orders/{id}/}: a new status, a tracking number, or both; a note goes into the history. */
public record ChangeOrderRequest(
        @Pattern(regexp = "pending|confirmed|processing|shipped|delivered|cancelled|refunded",
                message = "status must be one of pending, confirmed, processing, shipped, delivered, cancelled, refunded")
        String status,
        @Size(min = 3, max = 64, message = "tracking_number must be 3 to 64 characters")
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "tracking_number may hold letters, digits and hyphens")
        String trackingNumber,
        @Size(max = 500, message = "note is at most 500 characters")
        String note) {
}
