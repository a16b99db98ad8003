package io.kervan.payments.application;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.orders.application.OrderLinks;
import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.PayableOrder;
import io.kervan.payments.domain.Payment;
import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.domain.PaymentStatus;
import io.kervan.payments.domain.Payments;
import io.kervan.payments.provider.CardKeeping;
import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.KeptCard;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.IdempotencyKeys;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.ReferenceNumber;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying orders through the shop's own provider account. The amount always comes from the order. A payment is
 * completed only after the provider confirms it server-to-server with the right amount and currency, and the order
 * becomes paid and confirmed in that same transaction, exactly once: the payment's row lock serialises the return,
 * verify and webhook paths when they arrive together.
 */
@Stateless
public class PaymentService {

    private static final String IDEMPOTENCY_SCOPE = "payments";

    @Inject
    Payments payments;

    @Inject
    PaymentProviders providers;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    OrderQueries orderQueries;

    @Inject
    OrderManagement orderManagement;

    @Inject
    TenantContext tenantContext;

    @Inject
    ShopAddress shopAddress;

    @Inject
    OrderLinks orderLinks;

    @Inject
    Event<PaymentCompleted> completed;

    @Inject
    SavedCardService savedCards;

    public StartedPaymentView create(UUID orderId, ProviderType type, UUID customerId, boolean staff) {
        return create(orderId, type, customerId, staff, null);
    }

    /** With an Idempotency-Key, a retried request gets the payment the first one started (same order, same provider). */
    public StartedPaymentView create(UUID orderId, ProviderType type, UUID customerId, boolean staff,
                                     String idempotencyKey) {
        IdempotencyKeys.Key key = idempotencyKey == null ? null
                : new IdempotencyKeys.Key(tenantContext.require().id(), IDEMPOTENCY_SCOPE, idempotencyKey);
        if (key != null) {
            Optional<UUID> earlier = idempotencyKeys.replay(key, IdempotencyKeys.fingerprint(orderId, type,
                    customerId), PaymentError.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for another payment request; use a new key");
            if (earlier.isPresent()) {
                Payment payment = payments.lock(earlier.get()).orElseThrow();
                return new StartedPaymentView(PaymentView.of(payment), payment.paymentUrl(), payment.transactionId(),
                        null);
            }
        }
        StartedPaymentView started = start(orderId, type, customerId, staff);
        if (key != null) {
            idempotencyKeys.complete(key, started.payment().id());
        }
        return started;
    }

    private StartedPaymentView start(UUID orderId, ProviderType type, UUID customerId, boolean staff) {
        PayableOrder order = requirePayable(orderQueries.payable(orderId, customerId, staff));
        PaymentProvider provider = providers.of(type);
        ProviderAccount account = integrations.accountFor(type).orElseThrow(() -> new KervanException(
                PaymentError.NO_USABLE_INTEGRATION, "This shop has no " + type.code()
                + " integration in test mode or active; connect one or switch it on"));
        Payment payment = new Payment(paymentNumber(), order.id(), account.integrationId(), type, order.total());
        payments.add(payment);
        StartedPayment started = provider.start(paymentRequest(payment, order), account);
        payment.started(started.transactionId(), started.paymentUrl());
        return new StartedPaymentView(PaymentView.of(payment), started.paymentUrl(), started.transactionId(),
                started.html());
    }

    /** The providers a shopper can pay this shop through now, in the order its checkout offers them. */
    public List<ProviderType> offeredProviders() {
        return integrations.connectedTypes().stream().filter(providers::supports).toList();
    }

    /** A payment whose shopper is about to type their card on Kervan's card page; refused once it is settled. */
    public PaymentView awaitingCard(ProviderType type, String paymentNumber) {
        Payment payment = byNumber(type, paymentNumber);
        requireTakesCard(payment);
        return PaymentView.of(payment);
    }

    /**
     * The ways a card whose number starts with {@code bin} can pay the payment: its own amount (never the client's),
     * as the payment's provider offers them, single payment first. Like the card page, anonymous: whoever has the
     * payment number may ask.
     */
    public List<InstallmentView> installments(String paymentNumber, String bin) {
        if (bin == null || !bin.matches("\\d{6}")) {
            throw new InvalidInputException("bin", "bin must be the card number's first six digits");
        }
        Payment payment = payments.findByNumber(paymentNumber).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no payment " + paymentNumber));
        requireTakesCard(payment);
        return offered(payment, bin, accountOf(payment)).stream().map(InstallmentView::of).toList();
    }

    /**
     * The shopper gave a card on Kervan's card page ({@link CardEntry}: typed, perhaps to be kept, or saved) and
     * chose how many installments to pay in: the provider enrolls it for 3-D Secure and answers with the page their
     * browser goes on with. A count the provider does not offer this card is refused before anything is sent. A
     * typed card goes to the provider in this call and is kept nowhere by Kervan; the payment is settled later, from
     * the provider's callback ({@link #returned}). Saving and saved cards are only for the signed-in customer whose
     * order it is, and only their own cards kept through the payment's integration; anything else is refused before
     * the provider is asked.
     */
    public StartedPaymentView enterCard(ProviderType type, String paymentNumber, CardEntry entry, int installments) {
        Payment payment = byNumber(type, paymentNumber);
        requireTakesCard(payment);
        // The card page is anonymous, like the return address: whoever has the payment number may pay it.
        PayableOrder order = requirePayable(orderQueries.payable(payment.orderId(), null, true));
        ProviderAccount account = accountOf(payment);
        PaymentProvider provider = providers.of(type);
        SavedCardService.StoredCardChoice saved = null;
        if (entry.concernsSavedCards()) {
            keepingAllowed(order, entry.customerId(), provider, account);
            if (entry.savedCardId() != null) {
                saved = savedCards.choose(entry.customerId(), account.integrationId(), entry.savedCardId());
            }
        }
        String bin = saved != null ? saved.bin() : entry.card().bin();
        InstallmentOption chosen = installments == 1 ? InstallmentOption.single(payment.amount())
                : offered(payment, bin, account).stream().filter(o -> o.count() == installments).findFirst()
                .orElseThrow(() -> notOffered(installments));
        payment.chooseInstallments(chosen.count(), chosen.total());
        payment.keepCard(entry.keep());
        PaymentRequest request = paymentRequest(payment, order);
        StartedPayment enrolled = saved != null ? provider.enrollStoredCard(request, saved.card(), account)
                : provider.enrollCard(request, entry.card(), entry.keep() ? new CardKeeping(
                entry.customerId().toString(), savedCards.ownerKey(entry.customerId(), account.integrationId()),
                KeptCard.brand(null, bin) + " " + entry.card().lastFour()) : null, account);
        if (!enrolled.references().isEmpty()) {
            payment.enrolled(enrolled.references());
        }
        return new StartedPaymentView(PaymentView.of(payment), enrolled.paymentUrl(), payment.transactionId(),
                enrolled.html());
    }

    /** Asks the provider about a payment and settles it; safe to call any number of times, concurrently. */
    public PaymentView verify(ProviderType type, String transactionId) {
        Payment payment = payments.lockByTransaction(type, transactionId).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no " + type.code() + " payment " + transactionId));
        return settle(payment);
    }

    /** Asks the provider about one unsettled payment (the reconciler's unit of work). */
    public PaymentView reconcile(UUID paymentId) {
        return payments.lock(paymentId).map(this::settle).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no payment with the id " + paymentId));
    }

    /**
     * The shopper is back from the provider's page, perhaps with fields the provider posted (untrusted): settle, then
     * tell where to send them: the integration's {@code return_url} (paid) or {@code cancel_url} (not paid), else the
     * order's own page on the shop, which says paid or offers to pay again. With fields, the provider finishes the
     * payment from them (a bank's provision call); a payment already settled is not finished again, so a replayed
     * callback moves no money.
     */
    public ReturnDestination returned(ProviderType type, String paymentNumber, Map<String, String> fields) {
        Payment payment = byNumber(type, paymentNumber);
        PaymentView settled = fields.isEmpty() ? settle(payment) : finish(payment, fields);
        ProviderAccount account = integrations.account(payment.integrationId()).orElse(null);
        Object url = account == null ? null : account.config().get(
                payment.status() == PaymentStatus.COMPLETED ? "return_url" : "cancel_url");
        return new ReturnDestination(settled, url == null || url.toString().isBlank()
                ? orderLinks.orderPage(payment.orderId()) : url.toString());
    }

    public List<PaymentView> list(UUID orderId, PaymentStatus status, UUID customerId) {
        return payments.list(orderId, status, customerId).stream().map(PaymentView::of).toList();
    }

    /**
     * The refunds of an order's payments, for staff: requested (not settled yet), pending (the provider reviews it),
     * succeeded and failed alike.
     */
    public List<RefundView> refundsOfOrder(UUID orderId) {
        return payments.refundsOfOrder(orderId).stream().map(RefundView::of).toList();
    }

    private PaymentView settle(Payment payment) {
        if (payment.isSettled()) {
            return PaymentView.of(payment);
        }
        ProviderOutcome outcome;
        try {
            outcome = providers.of(payment.providerType()).confirm(payment.transactionId(), providerAccountOf(payment));
        } catch (ProviderUnavailableException unavailable) {
            // A timeout, an open circuit or a provider error: nobody knows yet; the reconciler asks again later.
            outcome = new ProviderOutcome(ProviderOutcome.Result.UNKNOWN, null, "the provider did not answer");
        }
        return record(payment, outcome);
    }

    /**
     * Unlike {@link #settle}, a provider that does not answer here is the caller's 503: the payment stays as it was
     * (pending), and the reconciler or a repeated callback settles it.
     */
    private PaymentView finish(Payment payment, Map<String, String> fields) {
        if (payment.isSettled()) {
            return PaymentView.of(payment);
        }
        return record(payment, providers.of(payment.providerType()).finish(payment.transactionId(), payment.charged(),
                payment.providerReferences(), fields, providerAccountOf(payment)));
    }

    private PaymentView record(Payment payment, ProviderOutcome outcome) {
        switch (outcome.result()) {
            case SUCCEEDED -> {
                if (outcome.amount() == null || !outcome.amount().equals(payment.amount())) {
                    payment.fail("the provider confirmed " + outcome.amount() + " but the order is for "
                            + payment.amount());
                } else if (!payment.recordCharge(outcome.installments(), outcome.charged())) {
                    payment.fail("the provider charged " + outcome.charged() + " in " + outcome.installments()
                            + " installment(s) but the shopper agreed to " + payment.charged() + " in "
                            + payment.installmentCount());
                } else if (payment.complete(outcome.references())) {
                    keepCard(payment, outcome);
                    Actor provider = Actor.provider("payment:" + payment.paymentNumber());
                    orderManagement.markPaid(payment.orderId(), provider);
                    completed.fire(new PaymentCompleted(payment.id(), payment.orderId(), payment.amount(), provider));
                }
            }
            case DECLINED -> payment.fail(outcome.message());
            case UNKNOWN -> payment.markUnknown();
            case PENDING -> {
                // stays pending; the shopper may still finish, or the reconciler asks again later
            }
        }
        return PaymentView.of(payment);
    }

    /** The card the provider kept with the charge, for the order's customer, when the shopper asked for it. */
    private void keepCard(Payment payment, ProviderOutcome outcome) {
        KeptCard kept = outcome.keptCard();
        ProviderAccount account = providerAccountOf(payment);
        if (!payment.keepsCard() || kept == null || account == null) {
            return;
        }
        java.util.UUID customer = orderQueries.payable(payment.orderId(), null, true).customerId();
        if (customer != null) {
            savedCards.keep(customer, account, kept, kept.brand() + " " + kept.lastFour());
        }
    }

    private Payment byNumber(ProviderType type, String paymentNumber) {
        return payments.lockByNumber(paymentNumber).filter(p -> p.providerType() == type)
                .orElseThrow(() -> new KervanException(PaymentError.PAYMENT_NOT_FOUND,
                        "This shop has no " + type.code() + " payment " + paymentNumber));
    }

    private static void requireTakesCard(Payment payment) {
        if (!payment.takesCard()) {
            throw new KervanException(PaymentError.PAYMENT_NOT_OPEN, "Payment " + payment.paymentNumber() + " is "
                    + payment.status().code() + "; a card can only be entered for a pending payment");
        }
    }

    private PaymentRequest paymentRequest(Payment payment, PayableOrder order) {
        String base = shopAddress.link("/api/payments/");
        String path = payment.providerType().code() + "/" + payment.paymentNumber() + "/";
        return new PaymentRequest(payment.paymentNumber(), payment.amount(), "Order " + order.orderNumber(),
                base + "return/" + path, base + "card/" + path, order.customerEmail(), payment.installmentCount(),
                payment.charged());
    }

    /** The provider's options for the card and the payment's amount, single payment first and always there. */
    private List<InstallmentOption> offered(Payment payment, String bin, ProviderAccount account) {
        return InstallmentOption.singleFirst(providers.of(payment.providerType()).installments(bin, payment.amount(),
                account), payment.amount());
    }

    /** Saving a card, or paying with a saved one, is for the order's own signed-in customer, where cards are kept. */
    private static void keepingAllowed(PayableOrder order, java.util.UUID customerId, PaymentProvider provider,
                                       ProviderAccount account) {
        if (customerId == null || !customerId.equals(order.customerId())) {
            throw new KervanException(PaymentError.SIGN_IN_TO_KEEP_CARD, "Saving a card or paying with a saved "
                    + "card is only for the signed-in customer whose order " + order.orderNumber() + " is; sign in "
                    + "as them, or type the card. Nothing was charged.");
        }
        if (!provider.keepsCards(account)) {
            throw new KervanException(PaymentError.CARD_KEEPING_NOT_OFFERED, provider.type().displayName()
                    + " does not keep cards for this shop's card page; type the card. Nothing was charged.");
        }
    }

    private static KervanException notOffered(int installments) {
        String detail = "This card is not offered " + installments + " installments for this payment; choose one of "
                + "the options shown for it. Nothing was charged.";
        return new KervanException(PaymentError.INSTALLMENT_NOT_OFFERED, detail,
                Map.of("errors", List.of(new FieldError("installment_count", detail))));
    }

    private ProviderAccount accountOf(Payment payment) {
        return integrations.account(payment.integrationId()).orElseThrow(() -> new KervanException(
                PaymentError.NO_USABLE_INTEGRATION, "The integration of payment " + payment.paymentNumber()
                + " no longer exists"));
    }

    private static PayableOrder requirePayable(PayableOrder order) {
        if (!order.acceptsPayment()) {
            throw new KervanException(PaymentError.ORDER_NOT_PAYABLE, "Order " + order.orderNumber() + " is "
                    + order.status().code() + " and " + order.paymentStatus().code() + "; only a pending, unpaid "
                    + "order can be paid");
        }
        return order;
    }

    /** The account a payment was made with, or null when its integration is gone (the adapter then refuses). */
    private ProviderAccount providerAccountOf(Payment payment) {
        return integrations.account(payment.integrationId()).orElse(null);
    }

    private String paymentNumber() {
        return ReferenceNumber.next("PAY", tenantContext.require().slug());
    }
}
