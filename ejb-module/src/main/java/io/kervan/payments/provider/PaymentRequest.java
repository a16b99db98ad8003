package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

/**
 * @param returnUrl where the provider sends the shopper back to Kervan (never straight to the shop: Kervan confirms
 *                  first)
 */
public record PaymentRequest(String paymentNumber, Money amount, String description, String returnUrl,
                             String customerEmail) {
}
