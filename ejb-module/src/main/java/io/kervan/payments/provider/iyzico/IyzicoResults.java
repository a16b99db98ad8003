package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderOutcome.Result;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What iyzico's payment answers mean for a Kervan payment, believed only once their signature verifies under the
 * shop's secret key (fields per model as iyzipay-java's {@code verifySignature} lists them). The amount reported is
 * iyzico's {@code price}, which Kervan compares with the order's; a {@code paidPrice} below it, or a basket whose items
 * do not add up to it, is reported as what was actually paid so that the comparison fails.
 */
final class IyzicoResults {

    static final String[] PAYMENT_FIELDS = {"paymentId", "currency", "basketId", "conversationId", "paidPrice",
        "price"};
    static final String[] CHECKOUT_FORM_FIELDS = {"paymentStatus", "paymentId", "currency", "basketId",
        "conversationId", "paidPrice", "price", "token"};

    private IyzicoResults() {
    }

    /** A checkout form's retrieve: paid (and not held for fraud review), failed, or not paid yet. */
    static ProviderOutcome checkoutForm(IyzicoAnswer answer, String token, String secretKey) {
        if (!answer.succeeded() && answer.text("paymentStatus") == null) {
            return new ProviderOutcome(Result.UNKNOWN, null, "iyzico did not tell the form's result: "
                    + answer.error());
        }
        if (!token.equals(answer.text("token")) || !answer.signedWith(secretKey, CHECKOUT_FORM_FIELDS)) {
            return unsigned();
        }
        String status = answer.text("paymentStatus");
        if (status == null) {
            return new ProviderOutcome(Result.PENDING, null, "the shopper has not paid on iyzico's page yet");
        }
        return payment(answer, "SUCCESS".equals(status));
    }

    /** A payment's detail or ThreedsPayment's answer, for the payment numbered {@code paymentNumber}. */
    static ProviderOutcome direct(IyzicoAnswer answer, String paymentNumber, String secretKey) {
        if (answer.text("paymentId") == null) {
            return new ProviderOutcome(Result.PENDING, null, "iyzico has no completed payment for " + paymentNumber
                    + " yet (" + answer.error() + ")");
        }
        if (!answer.signedWith(secretKey, PAYMENT_FIELDS)) {
            return unsigned();
        }
        if (!paymentNumber.equals(answer.text("basketId"))) {
            return new ProviderOutcome(Result.UNKNOWN, null, "iyzico answered about another basket");
        }
        String status = answer.text("paymentStatus");
        if (status != null && !status.equals("SUCCESS") && !status.equals("FAILURE")) {
            return new ProviderOutcome(Result.PENDING, null, "iyzico's payment is at " + status);
        }
        return payment(answer, answer.succeeded() && (status == null || status.equals("SUCCESS")));
    }

    private static ProviderOutcome payment(IyzicoAnswer answer, boolean paid) {
        Money price = answer.money("price", "currency");
        if (!paid) {
            return new ProviderOutcome(Result.DECLINED, price, "iyzico declined the payment: " + answer.error());
        }
        String fraud = answer.text("fraudStatus");
        if ("0".equals(fraud)) {
            return new ProviderOutcome(Result.PENDING, price, "iyzico is reviewing the payment for fraud");
        }
        if ("-1".equals(fraud)) {
            return new ProviderOutcome(Result.DECLINED, price, "iyzico's fraud check declined the payment");
        }
        BigDecimal paidPrice = answer.decimal("paidPrice");
        BigDecimal basket = answer.objects("itemTransactions").stream()
                .map(item -> new BigDecimal(IyzicoAnswer.text(item, "price"))).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
        Money reported = price;
        if (paidPrice == null || paidPrice.compareTo(price.amount()) < 0) {
            reported = paidPrice == null ? null : Money.of(paidPrice, price.currency());
        } else if (!answer.objects("itemTransactions").isEmpty() && basket.compareTo(price.amount()) != 0) {
            reported = Money.of(basket, price.currency());
        }
        int installments = installments(answer);
        return new ProviderOutcome(Result.SUCCEEDED, reported, "paid" + (installments == 1 ? ""
                : " in " + installments + " installments"), references(answer), installments,
                paidPrice == null ? null : Money.of(paidPrice, price.currency()));
    }

    /** The count the card was charged in (the checkout form's page lets the shopper choose it there). */
    private static int installments(IyzicoAnswer answer) {
        String count = answer.text("installment");
        return count == null || !count.matches("\\d{1,2}") ? 1 : Integer.parseInt(count);
    }

    /** What a refund needs again: iyzico's payment id, and the form's token or the basket it was paid for. */
    private static Map<String, String> references(IyzicoAnswer answer) {
        Map<String, String> references = new TreeMap<>();
        for (String name : new String[] {"paymentId", "basketId", "token", "authCode", "hostReference"}) {
            String value = answer.text(name);
            if (value != null) {
                references.put(name, value);
            }
        }
        JsonObject first = answer.objects("itemTransactions").stream().findFirst().orElse(null);
        if (first != null && IyzicoAnswer.text(first, "paymentTransactionId") != null) {
            references.put("paymentTransactionId", IyzicoAnswer.text(first, "paymentTransactionId"));
        }
        return references;
    }

    static ProviderOutcome unsigned() {
        return new ProviderOutcome(Result.UNKNOWN, null,
                "iyzico's answer does not carry a valid signature; it was not believed");
    }
}
