package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;

/**
 * @param returnUrl    where the provider sends the shopper back to Kervan (never straight to the shop: Kervan confirms
 *                     first); providers that post their result back use it as their callback address
 * @param cardPageUrl  Kervan's own card page for this payment, for providers whose 3-D Secure model needs the card
 *                     in a server-to-server call ({@link PaymentProvider#enrollCard})
 * @param installments how many monthly payments the shopper chose (1: a single payment)
 * @param charged      what the card is charged in all: {@code amount}, or the chosen installment option's total
 */
public record PaymentRequest(String paymentNumber, Money amount, String description, String returnUrl,
                             String cardPageUrl, String customerEmail, int installments, Money charged) {

    public PaymentRequest(String paymentNumber, Money amount, String description, String returnUrl,
                          String cardPageUrl, String customerEmail) {
        this(paymentNumber, amount, description, returnUrl, cardPageUrl, customerEmail, 1, amount);
    }
}
