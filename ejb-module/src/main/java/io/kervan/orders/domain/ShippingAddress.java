package io.kervan.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where physical goods go; digital-only orders may have none. */
@Embeddable
public record ShippingAddress(
        @Column(name = "address_line1") String addressLine1,
        @Column(name = "address_line2") String addressLine2,
        @Column(name = "city") String city,
        @Column(name = "postal_code") String postalCode,
        @Column(name = "country") String country) {
}
