package io.kervan.catalog.application;

import io.kervan.shared.domain.Money;

import java.util.UUID;

/** The shipping method an order is placed with, and its price at that moment. */
public record ShippingQuote(UUID id, String name, String carrier, Money price) {
}
