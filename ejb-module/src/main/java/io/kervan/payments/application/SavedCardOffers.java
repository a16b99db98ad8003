package io.kervan.payments.application;

import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.orders.application.OrderQueries;
import io.kervan.payments.domain.Payment;
import io.kervan.payments.domain.Payments;
import io.kervan.payments.domain.SavedCard;
import io.kervan.payments.domain.SavedCards;
import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * What Kervan's card page offers about saved cards for one payment: to keep the card being typed, and the customer's
 * cards kept through the payment's integration, each with the installments its BIN is offered. Only the signed-in
 * customer whose order it is, and only where the provider keeps cards for Kervan's page, is offered anything; a guest
 * or another customer is offered nothing (and {@link PaymentService#enterCard} refuses them the same way).
 */
@Stateless
public class SavedCardOffers {

    /** {@code canKeep}: the page may offer "save this card"; {@code cards}: the saved cards it may offer. */
    public record Offer(boolean canKeep, List<OfferedCard> cards) {

        static final Offer NONE = new Offer(false, List.of());
    }

    /** A saved card and the ways it can pay this payment, single payment first. */
    public record OfferedCard(SavedCardView card, List<InstallmentView> options) {
    }

    @Inject
    Payments payments;

    @Inject
    SavedCards cards;

    @Inject
    OrderQueries orderQueries;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    PaymentProviders providers;

    public Offer forPayment(ProviderType type, String paymentNumber, UUID customerId) {
        if (customerId == null) {
            return Offer.NONE;
        }
        Payment payment = payments.findByNumber(paymentNumber).filter(p -> p.providerType() == type)
                .filter(Payment::takesCard).orElse(null);
        ProviderAccount account = payment == null ? null : integrations.account(payment.integrationId()).orElse(null);
        if (account == null || !customerId.equals(orderQueries.payable(payment.orderId(), null, true).customerId())) {
            return Offer.NONE;
        }
        PaymentProvider provider = providers.of(type);
        if (!provider.keepsCards(account)) {
            return Offer.NONE;
        }
        return new Offer(true, cards.ofCustomer(customerId, account.integrationId()).stream()
                .map(card -> new OfferedCard(SavedCardView.of(card), options(provider, payment, card, account)))
                .toList());
    }

    /** A provider that cannot tell now offers the single payment only: the card can still pay. */
    private static List<InstallmentView> options(PaymentProvider provider, Payment payment, SavedCard card,
                                                 ProviderAccount account) {
        List<InstallmentOption> options;
        try {
            options = InstallmentOption.singleFirst(provider.installments(card.face().bin(), payment.amount(),
                    account), payment.amount());
        } catch (KervanException unanswered) {
            options = List.of(InstallmentOption.single(payment.amount()));
        }
        return options.stream().map(InstallmentView::of).toList();
    }
}
