package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

/**
 * @param returnUrl   where the provider sends the shopper back to Kervan (never straight to the shop: Kervan confirms
 *                    first); providers that post their result back use it as their callback address
 * @param cardPageUrl Kervan's own card page for this payment, for providers whose 3-D Secure model needs the card
 *                    in a server-to-server call ({@link PaymentProvider#enrollCard})
 */
public record PaymentRequest(String paymentNumber, Money amount, String description, String returnUrl,
                             String cardPageUrl, String customerEmail) {
}
