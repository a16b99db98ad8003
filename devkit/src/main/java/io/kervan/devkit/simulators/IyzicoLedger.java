package io.kervan.devkit.simulators;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the iyzico simulator remembers: payments by id, checkout forms by token and 3-D Secure sessions, each owned by
 * one merchant (another merchant's id is "not found"). Flows lock on the ledger, so a payment is settled once however
 * many requests race; ids count up from iyzico-like numbers.
 */
final class IyzicoLedger {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A checkout form: what initialize was given, until the shopper pays on the hosted page. */
    static final class Checkout {
        final String token;
        final String apiKey;
        final IyzicoOrder order;
        final String locale;
        final Instant expiresAt;
        IyzicoPayment payment;

        Checkout(String token, String apiKey, IyzicoOrder order, String locale, Instant expiresAt) {
            this.token = token;
            this.apiKey = apiKey;
            this.order = order;
            this.locale = locale;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, IyzicoPayment> payments = new LinkedHashMap<>();
    private final Map<String, Checkout> checkouts = new LinkedHashMap<>();
    private final Map<String, IyzicoPayment> acsSessions = new LinkedHashMap<>();
    private final AtomicLong paymentIds = new AtomicLong(22_484_000);
    private final AtomicLong transactionIds = new AtomicLong(23_511_000);
    private final AtomicLong refundIds = new AtomicLong(4_210_000);
    private final Supplier<Instant> clock;
    private final Consumer<IyzicoPayment> completed;

    IyzicoLedger(Supplier<Instant> clock, Consumer<IyzicoPayment> completed) {
        this.clock = clock;
        this.completed = completed;
    }

    Instant now() {
        return clock.get();
    }

    IyzicoPayment open(String apiKey, IyzicoOrder order, String cardNumber, int installment,
                       java.math.BigDecimal paidPrice, String channel) {
        String id = String.valueOf(paymentIds.incrementAndGet());
        long firstTx = transactionIds.getAndAdd(order.items().size()) + 1;
        IyzicoPayment payment = new IyzicoPayment(apiKey, id, order, cardNumber, installment, paidPrice, channel,
                channel.equals("THREEDS") ? random(10) : null, now(), firstTx);
        payments.put(id, payment);
        return payment;
    }

    /** Settles a payment as its card decides (or with {@code error}), once, and announces it. */
    void settle(IyzicoPayment payment, IyzicoError error) {
        IyzicoError outcome = error != null ? error : IyzicoCards.decline(payment.cardNumber);
        payment.status = outcome == null ? IyzicoPayment.Status.SUCCESS : IyzicoPayment.Status.FAILURE;
        payment.error = outcome;
        if (outcome == null) {
            payment.authCode = String.valueOf(100_000 + RANDOM.nextInt(900_000));
            payment.hostReference = "mock" + random(8) + "iyzihostrfn";
        }
        completed.accept(payment);
    }

    IyzicoPayment payment(String apiKey, String paymentId) {
        IyzicoPayment payment = paymentId == null ? null : payments.get(paymentId);
        return payment != null && payment.apiKey.equals(apiKey) ? payment : null;
    }

    List<IyzicoPayment> byConversationId(String apiKey, String conversationId) {
        List<IyzicoPayment> found = new ArrayList<>();
        payments.values().stream().filter(p -> p.apiKey.equals(apiKey) && conversationId != null
                && conversationId.equals(p.order.conversationId())).forEach(found::add);
        return found;
    }

    IyzicoPayment byTransaction(String apiKey, String transactionId) {
        return payments.values().stream().filter(p -> p.apiKey.equals(apiKey))
                .filter(p -> p.items.stream().anyMatch(i -> i.transactionId.equals(transactionId)))
                .findFirst().orElse(null);
    }

    Checkout checkout(String token) {
        return token == null ? null : checkouts.get(token);
    }

    void add(Checkout checkout) {
        checkouts.put(checkout.token, checkout);
    }

    String acsSession(IyzicoPayment payment) {
        String session = random(16);
        acsSessions.put(session, payment);
        return session;
    }

    /** The payment of a bank-page session, which can be used once. */
    IyzicoPayment takeAcsSession(String session) {
        return acsSessions.remove(session);
    }

    IyzicoPayment peekAcsSession(String session) {
        return acsSessions.get(session);
    }

    long refundId() {
        return refundIds.incrementAndGet();
    }

    static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
