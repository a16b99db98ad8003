package io.kervan.esim.domain;

import java.util.Objects;

/** One line of an eSIM Go order: a bundle by its (case-sensitive) name, and how many eSIMs get it. */
public record OrderItem(String bundleName, int quantity) {

    public OrderItem {
        Objects.requireNonNull(bundleName, "bundleName");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }
}
