package io.kervan.web.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code PATCH /api/staff/products/{id}/}: only the fields sent change; {@code escrow} true holds the money of orders
 * with this product in escrow until delivery.
 */
public record ProductChangesRequest(
        @Size(min = 1, max = 200, message = "name is 1 to 200 characters") String name,
        @Size(max = 5000, message = "description is at most 5000 characters") String description,
        @DecimalMin(value = "0.00", message = "price must not be negative")
        @Digits(integer = 9, fraction = 2, message = "price has at most 9 digits before and 2 after the point")
        BigDecimal price,
        @PositiveOrZero(message = "stock must be 0 or more") @Max(value = 10_000_000, message = "stock is at most 10000000")
        Integer stock,
        Boolean active,
        @Size(max = 10, message = "image_urls holds at most 10 addresses")
        List<@Pattern(regexp = "https?://[^\\s]{1,500}", message = "image_urls must be http(s) addresses") String> imageUrls,
        Boolean escrow) {
}
