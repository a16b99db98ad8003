package io.kervan.payments.provider.sandbox;

import io.kervan.payments.provider.HostedPaymentPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The sandbox gateway's hosted test page, as the web serves it. */
@ApplicationScoped
public class SandboxPaymentPage implements HostedPaymentPage {

    @Inject
    SandboxGateway gateway;

    @Override
    public String challengeCode() {
        return SandboxGateway.CHALLENGE_CODE;
    }

    @Override
    public Optional<PagePayment> find(String id) {
        return gateway.find(id).map(SandboxPaymentPage::shown);
    }

    @Override
    public Optional<PagePayment> decide(String id, String action) {
        return gateway.decide(id, action).map(SandboxPaymentPage::shown);
    }

    @Override
    public Optional<PagePayment> answerChallenge(String id, String code) {
        return gateway.answerChallenge(id, code).map(SandboxPaymentPage::shown);
    }

    private static PagePayment shown(SandboxTransaction t) {
        return new PagePayment(t.description(), t.amount(), t.currency(),
                t.status() == SandboxTransaction.Status.CHALLENGED, t.returnUrl());
    }
}
