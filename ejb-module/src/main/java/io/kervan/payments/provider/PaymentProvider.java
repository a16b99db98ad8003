package io.kervan.payments.provider;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;

import java.util.List;
import java.util.Map;

/**
 * What Kervan needs from a payment provider, in Kervan's own types; one adapter per provider implements it and no
 * provider SDK type crosses this line. A decline is an outcome, not an exception; a timeout is {@code UNKNOWN}, to be
 * settled by asking again later. Callers never trust a redirect or callback alone: they call {@link #confirm}, or
 * {@link #finish}, which completes the payment server-to-server.
 */
public interface PaymentProvider {

    ProviderType type();

    /** Opens the payment on the provider's side: where to send the shopper, and the provider's reference for it. */
    StartedPayment start(PaymentRequest request, ProviderAccount account);

    /** Asks the provider, server-to-server, how the payment stands now. */
    ProviderOutcome confirm(String transactionId, ProviderAccount account);

    /**
     * Gives back {@code amount} of a paid payment (all of it or part). A refusal is an outcome; a provider that does
     * not answer is a {@link ProviderUnavailableException}. {@code refundKey} names this one refund for good: Kervan
     * asks again with the same key and amount whenever it does not know how an earlier ask ended (a lost answer, a
     * crash before the answer was recorded), and the adapter must then give the money back at most once, by sending
     * the key to a provider that honours one (Stripe's {@code Idempotency-Key}) or by reading the provider's own
     * record of the payment before refunding (a bank). {@code payment.refunded()} is what Kervan counts as refunded
     * already, not including this refund.
     */
    RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account);

    /** Checks the account's keys against the provider's endpoint for the current mode, without moving money. */
    CredentialCheck checkCredentials(ProviderAccount account);

    /**
     * For providers whose 3-D Secure model takes the card in a server-to-server call (Kuveyt Türk's enrollment): sends
     * the card that Kervan's card page collected, and answers with what the shopper's browser goes on with, usually a
     * page of the bank's to write out as it is ({@link StartedPayment#html()}). The card serves this one call and is
     * kept nowhere. Providers that take cards on their own pages refuse.
     */
    default StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        throw new KervanException(PaymentError.PROVIDER_NOT_SUPPORTED,
                type().code() + " takes cards on its own payment page, not on Kervan's");
    }

    /**
     * Whether the account's cards can be kept at the provider from Kervan's card page ({@link #enrollCard} with a
     * {@link CardKeeping}, {@link #enrollStoredCard}, {@link #forgetCard}). Providers that keep cards only on their
     * own pages, or not at all, answer false.
     */
    default boolean keepsCards(ProviderAccount account) {
        return false;
    }

    /**
     * {@link #enrollCard}, asking the provider to keep the card once it is charged ({@code keeping} null: not kept).
     * The charge's outcome ({@link #finish}) then carries the {@link KeptCard}, if the provider kept it.
     */
    default StartedPayment enrollCard(PaymentRequest request, CardDetails card, CardKeeping keeping,
                                      ProviderAccount account) {
        if (keeping != null) {
            throw notKept();
        }
        return enrollCard(request, card, account);
    }

    /**
     * Pays with a card the provider keeps for the customer: like {@link #enrollCard}, with the provider's tokens
     * instead of the card; 3-D Secure applies the same way (the answer is usually the bank's page).
     */
    default StartedPayment enrollStoredCard(PaymentRequest request, StoredCard card, ProviderAccount account) {
        throw notKept();
    }

    /**
     * Asks the provider to delete a card it keeps. A provider that does not answer is a
     * {@link ProviderUnavailableException}; one that refuses (it no longer knows the card, say) a
     * {@link ProviderRefusedException}.
     */
    default void forgetCard(StoredCard card, ProviderAccount account) {
        throw notKept();
    }

    private KervanException notKept() {
        return new KervanException(PaymentError.CARD_KEEPING_NOT_OFFERED,
                type().displayName() + " does not keep cards for Kervan's card page");
    }

    /**
     * The ways a card whose number starts with {@code bin} (six digits) can pay {@code amount}, as the provider offers
     * them to the account, single payment first. Only a payment in one of these is accepted at
     * {@link #enrollCard}; the option's total is what the card is charged. Providers without installments offer
     * the single payment only.
     */
    default List<InstallmentOption> installments(String bin, Money amount, ProviderAccount account) {
        return List.of(InstallmentOption.single(amount));
    }

    /**
     * Finishes a payment from what the provider posted to Kervan's return address. {@code fields} are untrusted
     * (anyone can post them): an adapter whose provider completes payments with a server-to-server call (a bank's
     * provision) makes that call only when the post matches {@code transactionId} and {@code amount}, which are
     * Kervan's own, and answers {@code PENDING}, changing nothing, when it does not. Providers whose callbacks carry
     * nothing to act on just {@link #confirm}. {@code amount} is what the card is to be charged: the order's total,
     * or the total of the installment option the shopper chose.
     */
    default ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                   ProviderAccount account) {
        return confirm(transactionId, account);
    }

    /**
     * {@link #finish} with what Kervan itself kept of the opened payment ({@link StartedPayment#references()}, stored
     * with the payment when {@link #enrollCard} answered): an adapter whose callback names a provider session matches
     * it against these before it acts. Adapters that need nothing of the kind inherit this.
     */
    default ProviderOutcome finish(String transactionId, Money amount, Map<String, String> opened,
                                   Map<String, String> fields, ProviderAccount account) {
        return finish(transactionId, amount, fields, account);
    }

    /**
     * Asks, server-to-server, how a refund that the provider took in for review ({@link RefundOutcome.Result#PENDING})
     * was decided: {@code PENDING} while it still waits. Only providers that review refunds answer anything else.
     */
    default RefundOutcome refundOutcome(PaidPayment payment, Money amount, ProviderAccount account) {
        return RefundOutcome.pending(null, type().displayName() + " does not review refunds");
    }

    /**
     * Source addresses the provider publishes for its webhooks, allowed beside the integration's own
     * {@code webhook_allowed_ips}; empty when it publishes none.
     */
    default java.util.Set<String> webhookSources() {
        return java.util.Set.of();
    }

    /**
     * Verifies a webhook delivery with the account's signing secret and reads it. Providers that sign nothing, or send
     * no webhooks, refuse every delivery.
     */
    default WebhookEvent readWebhook(String payload, java.util.Map<String, String> headers, ProviderAccount account) {
        throw new InvalidWebhookException(type().code() + " webhooks are not accepted");
    }
}
