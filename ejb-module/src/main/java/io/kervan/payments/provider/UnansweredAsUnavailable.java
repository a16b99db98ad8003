package io.kervan.payments.provider;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Money;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * An adapter as its callers get it from {@link PaymentProviders}: a call that MicroProfile Fault Tolerance cut short
 * ({@code @Timeout}) or did not make (an open {@code @CircuitBreaker}) becomes a {@link ProviderUnavailableException},
 * Kervan's own way of saying the provider did not answer (a 503, and the transaction rolls back), with advice that
 * fits the call. A credential check that gets no answer is a failed check. Everything else passes through untouched.
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
            return adapter.checkCredentials(account);
        } catch (FaultToleranceException e) {
            return new CredentialCheck(false, name() + " did not answer in time");
        }
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        return answered(() -> adapter.enrollCard(request, card, account),
                "nothing was charged, try again in a moment");
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                  ProviderAccount account) {
        return answered(() -> adapter.finish(transactionId, amount, fields, account),
                "Kervan will ask the provider and settle the payment; do not pay again");
    }

    @Override
    public WebhookEvent readWebhook(String payload, Map<String, String> headers, ProviderAccount account) {
        return adapter.readWebhook(payload, headers, account);
    }

    private <T> T answered(Supplier<T> call, String advice) {
        try {
            return call.get();
        } catch (FaultToleranceException e) {
            throw new ProviderUnavailableException(name() + " did not answer in time", advice);
        }
    }

    private String name() {
        return "The " + adapter.type().code() + " provider";
    }
}
