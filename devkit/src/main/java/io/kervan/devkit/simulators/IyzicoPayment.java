package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One payment at the iyzico simulator, from its 3-D Secure start or hosted-page submission to its refunds. It keeps
 * iyzico's rules: money moves once; a refund takes from one basket item's paid share ({@code /payment/refund}) or from
 * the payment ({@code /v2/payment/refund}) and never beyond what was paid; a cancel gives everything back and only on
 * the payment's day (Istanbul time). Methods are called under the simulator's lock.
 */
final class IyzicoPayment {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    enum Status { INIT_THREEDS, CALLBACK_THREEDS, SUCCESS, FAILURE }

    /** A basket item's transaction: its share of the paid price and what was given back of it. */
    static final class Item {
        final String itemId;
        final String transactionId;
        final BigDecimal price;
        final BigDecimal paidPrice;
        BigDecimal refunded = BigDecimal.ZERO;

        Item(String itemId, String transactionId, BigDecimal price, BigDecimal paidPrice) {
            this.itemId = itemId;
            this.transactionId = transactionId;
            this.price = price;
            this.paidPrice = paidPrice;
        }

        BigDecimal refundable() {
            return paidPrice.subtract(refunded);
        }
    }

    /** A refund or cancel iyzico carried out on one item; one made on the whole payment is split by item. */
    record Refund(long id, String transactionId, BigDecimal amount, Instant at, String conversationId,
                  boolean cancel) {
    }

    final String apiKey;
    final String paymentId;
    final IyzicoOrder order;
    final String cardNumber;
    final IyzicoCards.Bin bin;
    final int installment;
    final BigDecimal paidPrice;
    final String channel;
    final String conversationData;
    final Instant createdAt;
    final List<Item> items = new ArrayList<>();
    final List<Refund> refunds = new ArrayList<>();
    String token;
    Status status;
    IyzicoError error;
    Integer mdStatus;
    String authCode;
    String hostReference;
    /** The kept card that paid, or the card kept with this payment (card storage). */
    String cardUserKey;
    String cardToken;

    IyzicoPayment(String apiKey, String paymentId, IyzicoOrder order, String cardNumber, int installment,
                  BigDecimal paidPrice, String channel, String conversationData, Instant createdAt, long firstTx) {
        this.apiKey = apiKey;
        this.paymentId = paymentId;
        this.order = order;
        this.cardNumber = cardNumber;
        this.bin = IyzicoCards.bin(cardNumber);
        this.installment = installment;
        this.paidPrice = paidPrice;
        this.channel = channel;
        this.conversationData = conversationData;
        this.createdAt = createdAt;
        BigDecimal shared = BigDecimal.ZERO;
        for (int i = 0; i < order.items().size(); i++) {
            IyzicoOrder.Item item = order.items().get(i);
            // each item's share of what was paid, to 8 places as iyzico shows it; the last takes what rounding left
            BigDecimal share = i == order.items().size() - 1 ? paidPrice.subtract(shared)
                    : paidPrice.multiply(item.price()).divide(order.price(), 8, RoundingMode.HALF_UP);
            shared = shared.add(share);
            items.add(new Item(item.id(), String.valueOf(firstTx + i), item.price(), share));
        }
    }

    boolean succeeded() {
        return status == Status.SUCCESS;
    }

    BigDecimal refunded() {
        return refunds.stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean cancelled() {
        return refunds.stream().anyMatch(Refund::cancel);
    }

    /** Gives back {@code amount} of one item's paid share; null when done, or why not. */
    IyzicoError refundItem(String transactionId, BigDecimal amount, String currency, Instant now, long refundId,
                           String conversationId) {
        Item item = items.stream().filter(i -> i.transactionId.equals(transactionId)).findFirst().orElse(null);
        IyzicoError refused = item == null ? IyzicoError.PAYMENT_NOT_FOUND : refusal(currency);
        if (refused != null) {
            return refused;
        }
        if (amount.compareTo(item.refundable()) > 0) {
            return IyzicoError.REFUND_EXCEEDS;
        }
        item.refunded = item.refunded.add(amount);
        refunds.add(new Refund(refundId, transactionId, amount, now, conversationId, false));
        return null;
    }

    /** Gives back {@code amount} of the payment, taken from the items in basket order; null when done, or why not. */
    IyzicoError refundPayment(BigDecimal amount, Instant now, long refundId, String conversationId) {
        IyzicoError refused = refusal(order.currency());
        if (refused != null) {
            return refused;
        }
        if (amount.compareTo(paidPrice.subtract(refunded())) > 0) {
            return IyzicoError.REFUND_EXCEEDS;
        }
        BigDecimal left = amount;
        for (Item item : items) {
            BigDecimal taken = left.min(item.refundable());
            if (taken.signum() > 0) {
                item.refunded = item.refunded.add(taken);
                refunds.add(new Refund(refundId, item.transactionId, taken, now, conversationId, false));
                left = left.subtract(taken);
            }
        }
        return null;
    }

    /** Gives everything back if it is still the payment's day and nothing was given back yet. */
    IyzicoError cancel(Instant now, long refundId, String conversationId) {
        IyzicoError refused = refusal(order.currency());
        if (refused != null) {
            return refused;
        }
        if (refunded().signum() > 0) {
            return IyzicoError.NOT_CANCELLABLE;
        }
        if (!createdAt.atZone(ISTANBUL).toLocalDate().equals(now.atZone(ISTANBUL).toLocalDate())) {
            return IyzicoError.CANCEL_NOT_SAME_DAY;
        }
        for (Item item : items) {
            item.refunded = item.paidPrice;
            refunds.add(new Refund(refundId, item.transactionId, item.paidPrice, now, conversationId, true));
        }
        return null;
    }

    private IyzicoError refusal(String currency) {
        if (!succeeded() || cancelled()) {
            return !succeeded() ? IyzicoError.NOT_PAID : IyzicoError.NOT_CANCELLABLE;
        }
        if (IyzicoCards.behaviour(cardNumber) == IyzicoCards.Behaviour.PAYS_NOT_REFUNDABLE) {
            return IyzicoError.NOT_REFUNDABLE;
        }
        return currency != null && !currency.equals(order.currency()) ? IyzicoError.CURRENCY_MISMATCH : null;
    }
}
