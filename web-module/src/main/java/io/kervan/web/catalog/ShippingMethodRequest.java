package io.kervan.web.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record ShippingMethodRequest(
        @NotBlank(message = "name is required") @Size(max = 120, message = "name is at most 120 characters") String name,
        @NotBlank(message = "carrier is required") @Size(max = 80, message = "carrier is at most 80 characters")
        String carrier,
        @NotNull(message = "price is required") @DecimalMin(value = "0.00", message = "price must not be negative")
        @Digits(integer = 9, fraction = 2, message = "price has at most 9 digits before and 2 after the point")
        BigDecimal price,
        @Pattern(regexp = "[A-Z]{3}", message = "currency must be an ISO 4217 code such as TRY") String currency,
        @NotNull(message = "min_days is required") @PositiveOrZero(message = "min_days must be 0 or more")
        @Max(value = 365, message = "min_days is at most 365") Integer minDays,
        @NotNull(message = "max_days is required") @PositiveOrZero(message = "max_days must be 0 or more")
        @Max(value = 365, message = "max_days is at most 365") Integer maxDays,
        Boolean active) {
}
