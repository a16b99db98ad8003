package io.kervan.payments.provider.sandbox;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The adapter for the built-in sandbox gateway; its hosted page is served by Kervan under {@code /api/sandbox/}. */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    @Inject
    SandboxGateway gateway;

    @Override
    public ProviderType type() {
        return ProviderType.SANDBOX;
    }

    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        SandboxTransaction transaction = gateway.open(request.amount().amount(), request.amount().currency(),
                request.description(), request.returnUrl());
        String base = request.returnUrl().substring(0, request.returnUrl().indexOf("/api/"));
        return new StartedPayment(transaction.id(), base + "/api/sandbox/pay/" + transaction.id() + "/");
    }

    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        return new CredentialCheck(true, "The sandbox gateway needs no keys");
    }

    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        return gateway.refund(payment.transactionId(), amount.amount(), refundKey)
                .map(reference -> new RefundOutcome(true, reference, "refunded"))
                .orElse(new RefundOutcome(false, null, "the sandbox refused the refund"));
    }

    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        return gateway.find(transactionId).map(t -> {
            Money amount = Money.of(t.amount(), t.currency());
            return switch (t.status()) {
                case SUCCEEDED -> new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, amount, "approved");
                case DECLINED -> new ProviderOutcome(ProviderOutcome.Result.DECLINED, amount, "card declined");
                case OPEN, CHALLENGED -> new ProviderOutcome(ProviderOutcome.Result.PENDING, amount,
                        "waiting for the shopper");
            };
        }).orElse(new ProviderOutcome(ProviderOutcome.Result.DECLINED, null, "unknown transaction"));
    }
}
