package io.kervan.payments.provider;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Money;

/**
 * What Kervan needs from a payment provider, in Kervan's own types; one adapter per provider implements it and no
 * provider SDK type crosses this line. A decline is an outcome, not an exception; a timeout is {@code UNKNOWN}, to be
 * settled by asking again later. Callers never trust a redirect or callback alone: they call {@link #confirm}.
 */
public interface PaymentProvider {

    ProviderType type();

    /** Opens the payment on the provider's side: where to send the shopper, and the provider's reference for it. */
    StartedPayment start(PaymentRequest request, ProviderAccount account);

    /** Asks the provider, server-to-server, how the payment stands now. */
    ProviderOutcome confirm(String transactionId, ProviderAccount account);

    /** Gives back {@code amount} of a confirmed payment (all of it or part). A refusal is an outcome. */
    RefundOutcome refund(String transactionId, Money amount, ProviderAccount account);

    /** Checks the account's keys against the provider's endpoint for the current mode, without moving money. */
    CredentialCheck checkCredentials(ProviderAccount account);

    /**
     * Verifies a webhook delivery with the account's signing secret and reads it. Providers that sign nothing, or send
     * no webhooks, refuse every delivery.
     */
    default WebhookEvent readWebhook(String payload, java.util.Map<String, String> headers, ProviderAccount account) {
        throw new InvalidWebhookException(type().code() + " webhooks are not accepted");
    }
}
