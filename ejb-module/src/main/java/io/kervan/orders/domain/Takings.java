package io.kervan.orders.domain;

import java.math.BigDecimal;

/**
 * What a shop took in one currency over a stretch of time: the orders placed, and of those the ones paid (still paid
 * or partly refunded; refunded and unpaid orders take nothing) with their total.
 */
public record Takings(String currency, Long orders, Long paidOrders, BigDecimal paidTotal) {
}
