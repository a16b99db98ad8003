package io.kervan.catalog.application;

import java.math.BigDecimal;

/** A shipping method as staff enter it. */
public record ShippingMethodDetails(String name, String carrier, BigDecimal price, String currency, int minDays,
                                    int maxDays, Boolean active) {
}
