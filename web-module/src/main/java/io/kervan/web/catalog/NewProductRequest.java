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
import java.util.List;

public record NewProductRequest(
        @NotBlank(message = "sku is required") @Size(max = 64, message = "sku is at most 64 characters")
        String sku,
        @NotBlank(message = "name is required") @Size(max = 200, message = "name is at most 200 characters")
        String name,
        @Size(max = 5000, message = "description is at most 5000 characters")
        String description,
        @NotNull(message = "product_type is required")
        @Pattern(regexp = "physical|digital", message = "product_type must be physical or digital")
        String productType,
        @NotNull(message = "price is required") @DecimalMin(value = "0.00", message = "price must not be negative")
        @Digits(integer = 9, fraction = 2, message = "price has at most 9 digits before and 2 after the point")
        BigDecimal price,
        @Pattern(regexp = "[A-Z]{3}", message = "currency must be an ISO 4217 code such as TRY")
        String currency,
        @PositiveOrZero(message = "stock must be 0 or more") @Max(value = 10_000_000, message = "stock is at most 10000000")
        Integer stock,
        @Size(max = 10, message = "image_urls holds at most 10 addresses")
        List<@Pattern(regexp = "https?://[^\\s]{1,500}", message = "image_urls must be http(s) addresses") String> imageUrls) {
}
