package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static io.kervan.devkit.simulators.SimulatorJson.array;
import static io.kervan.devkit.simulators.SimulatorJson.fields;
import static io.kervan.devkit.simulators.SimulatorJson.plain;

/**
 * The iyzico simulator's state as iyzico's JSON (iyzipay-java's models; iyzico's published sample answers): every
 * answer with {@code status}, {@code locale}, {@code systemTime}, {@code conversationId}; failures with
 * {@code errorCode}, {@code errorMessage}, {@code errorGroup}; money as plain numbers without trailing zeros; and the
 * {@code signature} each model carries, over the fields its SDK checks, in that order.
 */
final class IyzicoWire {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(IyzicoPayment.ISTANBUL);
    private static final BigDecimal IYZICO_RATE = new BigDecimal("0.0275");

    private IyzicoWire() {
    }

    static SimulatorJson.Fields base(boolean success, String locale, Instant now, String conversationId) {
        return fields().put("status", success ? "success" : "failure").put("locale", locale)
                .put("systemTime", now.toEpochMilli()).put("conversationId", conversationId);
    }

    static String failure(IyzicoError error, String locale, Instant now, String conversationId) {
        return withError(fields().put("status", "failure"), error, locale).put("locale", locale)
                .put("systemTime", now.toEpochMilli()).put("conversationId", conversationId).json();
    }

    /** A payment as {@code /payment/detail}, {@code /payment/3dsecure/auth} answer it (Payment, ThreedsPayment). */
    static SimulatorJson.Fields payment(IyzicoPayment p, String locale, Instant now, String conversationId,
                                        String secretKey) {
        SimulatorJson.Fields body = paymentFields(p, locale, now, conversationId);
        return body.put("signature", IyzicoSignatures.response(secretKey, p.paymentId, p.order.currency(),
                p.order.basketId(), conversationId, plain(p.paidPrice), plain(p.order.price())));
    }

    /** A checkout form's result ({@code …/checkoutform/auth/ecom/detail}); a form not paid yet has no payment. */
    static String checkoutForm(String token, String callbackUrl, IyzicoPayment p, String locale, Instant now,
                               String conversationId, String secretKey) {
        if (p == null) {
            return base(true, locale, now, conversationId).put("token", token).put("callbackUrl", callbackUrl)
                    .put("signature", IyzicoSignatures.response(secretKey, null, null, null, null, conversationId,
                            null, null, token)).json();
        }
        String paymentStatus = p.succeeded() ? "SUCCESS" : "FAILURE";
        return paymentFields(p, locale, now, conversationId).put("token", token).put("callbackUrl", callbackUrl)
                .put("paymentStatus", paymentStatus)
                .put("signature", IyzicoSignatures.response(secretKey, paymentStatus, p.paymentId,
                        p.order.currency(), p.order.basketId(), conversationId, plain(p.paidPrice),
                        plain(p.order.price()), token)).json();
    }

    static String refund(IyzicoPayment p, String transactionId, BigDecimal amount, String locale, Instant now,
                         String conversationId, String secretKey) {
        return base(true, locale, now, conversationId).put("paymentId", p.paymentId)
                .put("paymentTransactionId", transactionId).put("price", plain(amount))
                .put("currency", p.order.currency()).put("connectorName", connector(p)).put("authCode", p.authCode)
                .put("hostReference", p.hostReference).put("refundHostReference", "mock" + now.toEpochMilli())
                .put("signature", IyzicoSignatures.response(secretKey, p.paymentId, plain(amount),
                        p.order.currency(), conversationId)).json();
    }

    static String cancel(IyzicoPayment p, String locale, Instant now, String conversationId) {
        return base(true, locale, now, conversationId).put("paymentId", p.paymentId).put("price", plain(p.paidPrice))
                .put("currency", p.order.currency()).put("connectorName", connector(p)).put("authCode", p.authCode)
                .put("hostReference", p.hostReference).put("cancelHostReference", "mock" + now.toEpochMilli())
                .json();
    }

    /** One card's (or, without a BIN, every family's) installment options for {@code price}. */
    static SimulatorJson.Fields installmentDetail(String binNumber, IyzicoCards.Bin bin, BigDecimal price) {
        var prices = array();
        for (Map.Entry<Integer, BigDecimal> e : IyzicoCards.totals(bin.family(), price).entrySet()) {
            prices.add(fields().put("installmentPrice", plain(IyzicoCards.monthly(e.getValue(), e.getKey())))
                    .put("totalPrice", plain(e.getValue())).put("installmentNumber", e.getKey()).builder());
        }
        return fields().put("binNumber", binNumber).put("price", plain(price)).put("cardType", bin.type())
                .put("cardAssociation", bin.association()).put("cardFamilyName", bin.family()).put("force3ds", 0)
                .put("bankCode", bin.bankCode()).put("bankName", bin.bankName()).put("forceCvc", 0)
                .put("commercial", bin.type() == null ? null : 0).put("installmentPrices", prices);
    }

    /** A payment as the reporting service shows it, with its refunds and cancels per item. */
    static SimulatorJson.Fields report(IyzicoPayment p) {
        var items = array();
        var cancels = array();
        for (IyzicoPayment.Item item : p.items) {
            var refunds = array();
            for (IyzicoPayment.Refund r : p.refunds) {
                if (item.transactionId.equals(r.transactionId())) {
                    var detail = fields().put("refundTxId", r.id()).put("refundConversationId", r.conversationId())
                            .put("refundPrice", plain(r.amount())).put("refundStatus", 1)
                            .put("isAfterSettlement", false).put("createdDate", DATE.format(r.at()))
                            .put("currencyCode", p.order.currency()).put("authCode", p.authCode)
                            .put("paymentId", p.paymentId).put("paymentConversationId", p.order.conversationId());
                    (r.cancel() ? cancels : refunds).add(detail.builder());
                }
            }
            items.add(fields().put("itemId", item.itemId).put("paymentTransactionId", Long.valueOf(item.transactionId))
                    .put("transactionStatus", p.succeeded() ? 2 : -1).put("price", plain(item.price))
                    .put("paidPrice", plain(item.paidPrice)).put("refunds", refunds).builder());
        }
        BigDecimal refunded = p.refunded();
        String refundStatus = refunded.signum() == 0 ? "NOT_REFUNDED"
                : refunded.compareTo(p.paidPrice) < 0 ? "PARTIALLY_REFUNDED" : "TOTALLY_REFUNDED";
        return fields().put("paymentId", Long.valueOf(p.paymentId)).put("paymentStatus", p.succeeded() ? 1 : 0)
                .put("paymentRefundStatus", refundStatus).put("price", plain(p.order.price()))
                .put("paidPrice", plain(p.paidPrice)).put("installment", p.installment)
                .put("paymentConversationId", p.order.conversationId()).put("fraudStatus", p.succeeded() ? 1 : -1)
                .put("cardType", p.bin.type()).put("cardAssociation", p.bin.association())
                .put("cardFamily", p.bin.family()).put("binNumber", p.cardNumber.substring(0, 6))
                .put("lastFourDigits", last4(p)).put("basketId", p.order.basketId())
                .put("currency", p.order.currency()).put("connectorName", connector(p)).put("authCode", p.authCode)
                .put("threeDS", p.mdStatus != null).put("phase", "AUTH").put("mdStatus", p.mdStatus)
                .put("hostReference", p.hostReference).put("createdDate", DATE.format(p.createdAt))
                .put("cancels", cancels).put("itemTransactions", items);
    }

    private static SimulatorJson.Fields paymentFields(IyzicoPayment p, String locale, Instant now,
                                                      String conversationId) {
        boolean paid = p.succeeded();
        SimulatorJson.Fields body = base(paid || p.error == null, locale, now, conversationId);
        if (!paid && p.error != null) {
            withError(body, p.error, locale);
        }
        BigDecimal markup = p.paidPrice.subtract(p.order.price());
        var items = array();
        for (IyzicoPayment.Item item : p.items) {
            items.add(fields().put("itemId", item.itemId).put("paymentTransactionId", item.transactionId)
                    .put("transactionStatus", paid ? 2 : -1).put("price", plain(item.price))
                    .put("paidPrice", plain(item.paidPrice)).put("merchantCommissionRate", rate(markup, p))
                    .put("merchantCommissionRateAmount", plain(item.paidPrice.subtract(item.price)))
                    .put("iyziCommissionRateAmount", plain(commission(item.paidPrice)))
                    .put("iyziCommissionFee", BigDecimal.ZERO).put("blockageRate", BigDecimal.ZERO)
                    .put("merchantPayoutAmount", plain(item.paidPrice.subtract(commission(item.paidPrice))))
                    .builder());
        }
        return body.put("price", plain(p.order.price())).put("paidPrice", plain(p.paidPrice))
                .put("installment", p.installment).put("paymentId", p.paymentId).put("fraudStatus", paid ? 1 : null)
                .put("merchantCommissionRate", rate(markup, p)).put("merchantCommissionRateAmount", plain(markup))
                .put("iyziCommissionRateAmount", plain(commission(p.paidPrice)))
                .put("iyziCommissionFee", new BigDecimal("0.25"))
                .put("cardType", p.bin.type()).put("cardAssociation", p.bin.association())
                .put("cardFamily", p.bin.family()).put("binNumber", p.cardNumber.substring(0, 6))
                .put("lastFourDigits", last4(p)).put("basketId", p.order.basketId())
                .put("currency", p.order.currency()).put("itemTransactions", paid ? items : null)
                .put("connectorName", connector(p)).put("authCode", p.authCode).put("phase", "AUTH")
                .put("mdStatus", p.mdStatus).put("hostReference", p.hostReference)
                .put("cardUserKey", p.cardUserKey).put("cardToken", p.cardToken);
    }

    private static SimulatorJson.Fields withError(SimulatorJson.Fields body, IyzicoError error, String locale) {
        return body.put("errorCode", error.code()).put("errorMessage", error.message(locale))
                .put("errorGroup", error.group());
    }

    private static BigDecimal rate(BigDecimal markup, IyzicoPayment p) {
        return plain(markup.multiply(BigDecimal.valueOf(100)).divide(p.order.price(), 8, RoundingMode.HALF_UP));
    }

    private static BigDecimal commission(BigDecimal paid) {
        return paid.multiply(IYZICO_RATE).setScale(8, RoundingMode.HALF_UP);
    }

    private static String connector(IyzicoPayment p) {
        return p.bin.bankName() == null ? "mock" : "mock-" + p.bin.bankCode();
    }

    private static String last4(IyzicoPayment p) {
        return p.cardNumber.substring(p.cardNumber.length() - 4);
    }
}
