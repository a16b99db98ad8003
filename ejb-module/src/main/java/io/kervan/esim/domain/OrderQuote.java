package io.kervan.esim.domain;

import java.math.BigDecimal;

/** The answer to a {@code validate} order, which checks everything a real order would and charges nothing. */
public record OrderQuote(boolean valid, BigDecimal total, String currency, String message) {
}
