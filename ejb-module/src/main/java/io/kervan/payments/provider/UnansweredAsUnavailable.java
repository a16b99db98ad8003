package io.kervan.payments.provider;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import io.kervan.integrations.domain.EndpointRefusedException;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Money;

import java.util.Map;
import java.util.function.Supplier;

/**
 * An adapter as its callers get it from {@link PaymentProviders}. Adapters make each call to the provider as one call
 * of the shop's integration under {@code ProviderCalls}; what that did instead of getting an answer becomes Kervan's
 * way of saying the provider did not answer, a {@link ProviderUnavailableException} (a 503, and the transaction rolls
 * back): a call it did not send says so, with when to try again; one that got no answer in time gets advice that fits
 * the operation. A credential check that was not sent, got no answer, or hit an address Kervan does not call is a
 * failed check. Everything else passes through untouched.
 */
final class UnansweredAsUnavailable implements PaymentProvider {

    private final PaymentProvider adapter;

    UnansweredAsUnavailable(PaymentProvider adapter) {
        this.adapter = adapter;
    }

    @Override
    public ProviderType type() {
        return adapter.type();
    }

    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        return answered(() -> adapter.start(request, account), "nothing was charged, try again in a moment");
    }

    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        return answered(() -> adapter.confirm(transactionId, account), "Kervan will ask again later");
    }

    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        return answered(() -> adapter.refund(payment, amount, refundKey, account),
                ProviderUnavailableException.REFUND_ADVICE);
    }

    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        try {
            return answered(() -> adapter.checkCredentials(account), "try again in a moment");
        } catch (ProviderUnavailableException | EndpointRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        return answered(() -> adapter.enrollCard(request, card, account),
                "nothing was charged, try again in a moment");
    }

    @Override
    public boolean keepsCards(ProviderAccount account) {
        return adapter.keepsCards(account);
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, CardKeeping keeping,
                                     ProviderAccount account) {
        return answered(() -> adapter.enrollCard(request, card, keeping, account),
                "nothing was charged, try again in a moment");
    }

    @Override
    public StartedPayment enrollStoredCard(PaymentRequest request, StoredCard card, ProviderAccount account) {
        return answered(() -> adapter.enrollStoredCard(request, card, account),
                "nothing was charged, try again in a moment");
    }

    @Override
    public void forgetCard(StoredCard card, ProviderAccount account) {
        answered(() -> {
            adapter.forgetCard(card, account);
            return null;
        }, "the card is still saved; try again in a moment");
    }

    @Override
    public java.util.List<InstallmentOption> installments(String bin, Money amount, ProviderAccount account) {
        return answered(() -> adapter.installments(bin, amount, account), "nothing was charged, try again in a moment");
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                  ProviderAccount account) {
        return answered(() -> adapter.finish(transactionId, amount, fields, account),
                "Kervan will ask the provider and settle the payment; do not pay again");
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> opened,
                                  Map<String, String> fields, ProviderAccount account) {
        return answered(() -> adapter.finish(transactionId, amount, opened, fields, account),
                "Kervan will ask the provider and settle the payment; do not pay again");
    }

    @Override
    public RefundOutcome refundOutcome(PaidPayment payment, Money amount, ProviderAccount account) {
        return answered(() -> adapter.refundOutcome(payment, amount, account), "Kervan will ask again later");
    }

    @Override
    public java.util.Set<String> webhookSources() {
        return adapter.webhookSources();
    }

    @Override
    public WebhookEvent readWebhook(String payload, Map<String, String> headers, ProviderAccount account) {
        return adapter.readWebhook(payload, headers, account);
    }

    private <T> T answered(Supplier<T> call, String advice) {
        String name = adapter.type().displayName();
        try {
            return call.get();
        } catch (CallNotSentException e) {
            throw ProviderUnavailableException.notSent(e.describe(name), e.retryAfter());
        } catch (CallTimedOutException e) {
            throw new ProviderUnavailableException(name + " did not answer in time", advice);
        }
    }
}
