package io.kervan.web.escrow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/escrow/dispute/}: {@code disputed} true flags a dispute, false clears it. */
public record DisputeRequest(
        @NotNull(message = "disputed is required: true to flag a dispute, false to clear it") Boolean disputed,
        @Size(max = 500, message = "reason is at most 500 characters") String reason) {
}
