package io.kervan.payments.provider.kuveytturk;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.ProviderUnavailableException;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Kuveyt Türk's Sanal POS in its classic XML 3-D Secure model. The bank wants the card in a server-to-server
 * enrollment, so the shopper types it on Kervan's card page ({@link #start} points there, {@link #enrollCard} passes
 * it on and hands back the bank's 3-D Secure page). The bank then posts {@code AuthenticationResponse} to Kervan's
 * return address; that post proves nothing, so {@link #finish} checks it against Kervan's own payment and completes
 * it only through the provision call, which needs the shop's credentials and the bank's MD. The payment's
 * MerchantOrderId is Kervan's payment number, which is also its transaction id; the bank's OrderId, ProvisionNumber,
 * RRN and Stan come back as references for refunds. Status and refunds use the bank's SOAP service.
 */
@ApplicationScoped
public class KuveytTurkProvider implements PaymentProvider {

    @Inject
    KuveytTurkGateway gateway;

    @Override
    public ProviderType type() {
        return ProviderType.KUVEYT;
    }

    /**
     * Nothing to open at the bank yet: the shopper first types the card on Kervan's card page. An integration that
     * lacks a credential, or a currency the bank does not take, is refused here rather than on the card page.
     */
    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        KuveytTurkAccount.of(account);
        KuveytTurkMessages.currencyCode(request.amount().currency());
        return new StartedPayment(request.paymentNumber(), request.cardPageUrl());
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        KuveytTurkAccount bank = KuveytTurkAccount.of(account);
        String message = KuveytTurkMessages.enrollment(bank, request.paymentNumber(), request.amount(),
                request.returnUrl(), card, request.customerEmail());
        String page = gateway.enroll(bank, message);
        String start = page.stripLeading();
        if (start.startsWith("<?xml") || start.startsWith("<VPosTransactionResponseContract")) {
            // Some errors come back as a message rather than as a page that posts itself to FailUrl.
            throw new ProviderRefusedException("Kuveyt Türk refused the card: " + refusal(start));
        }
        return StartedPayment.render(request.paymentNumber(), page);
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                  ProviderAccount account) {
        KuveytTurkAccount bank = KuveytTurkAccount.of(account);
        KuveytTurkCallbacks.Verdict verdict = KuveytTurkCallbacks.check(fields.get("AuthenticationResponse"),
                transactionId, amount);
        if (verdict.outcome() != null) {
            return verdict.outcome();
        }
        String message = KuveytTurkMessages.provision(bank, transactionId, amount, verdict.md());
        XmlNode answer = gateway.provision(bank, message);
        if ("00".equals(answer.text("ResponseCode"))) {
            // The money has moved: the amount the bank names is checked against the order's; without one, the
            // bank approved the amount Kervan sent.
            String paid = answer.text("VPosMessage", "Amount");
            return new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, paid == null || !paid.matches("\\d{1,15}")
                    ? amount : KuveytTurkMessages.fromMinorUnits(paid, amount.currency()),
                    describe("00", answer.text("ResponseMessage")), references(answer, "ProvisionNumber"));
        }
        // Refused: a decline, or an MD already used by an earlier provision whose answer was lost. Only the bank's
        // record of the order tells these apart.
        ProviderOutcome recorded = recorded(bank, transactionId);
        if (recorded.result() == ProviderOutcome.Result.SUCCEEDED) {
            return recorded;
        }
        return new ProviderOutcome(ProviderOutcome.Result.DECLINED, amount,
                describe(answer.text("ResponseCode"), answer.text("ResponseMessage")));
    }

    /** GetMerchantOrderDetail by MerchantOrderId: the reconciler's and verify's question. */
    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        return recorded(KuveytTurkAccount.of(account), transactionId);
    }

    /**
     * DrawBack for the whole amount at once, PartialDrawback otherwise. The bank takes no idempotency key, so its
     * record of the order is read first: it supplies the sale's identifiers when the payment has none, and it shows a
     * refund whose answer was lost (a timeout, or Kervan failing before it recorded the answer) so that asking again
     * for the same refund does not give the money back twice.
     */
    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        KuveytTurkAccount bank = KuveytTurkAccount.of(account);
        KuveytTurkOrders.Order order = new KuveytTurkOrders(gateway, bank).find(payment.transactionId());
        Map<String, String> sale = payment.references().isEmpty() && order != null
                ? order.references() : payment.references();
        if (sale.get("OrderId") == null) {
            return new RefundOutcome(false, null, "Kuveyt Türk has no sale " + payment.transactionId() + " to refund");
        }
        if (order != null) {
            Money unrecorded = order.refunded().minus(payment.refunded());
            if (!unrecorded.isZero()) {
                return unrecorded.equals(amount)
                        ? new RefundOutcome(true, "drawback:" + sale.get("OrderId"), "the bank had already refunded "
                        + amount + " (an earlier answer was lost)")
                        : new RefundOutcome(false, null, "the bank shows " + order.refunded()
                        + " refunded but Kervan recorded " + payment.refunded() + "; settle it in the bank's panel");
            }
        }
        String operation = payment.isWholeRefund(amount) ? "DrawBack" : "PartialDrawback";
        String envelope = KuveytTurkMessages.drawBack(bank, operation, payment.transactionId(), amount, sale);
        XmlNode result = gateway.drawBack(bank, operation, envelope);
        String code = result.text("Value", "ResponseCode");
        if ("00".equals(code)) {
            String reference = result.text("Value", "RRN");
            return new RefundOutcome(true, reference == null ? sale.get("OrderId") : reference,
                    operation + " approved");
        }
        return code != null
                ? new RefundOutcome(false, null, describe(code, result.text("Value", "ResponseMessage")))
                : new RefundOutcome(false, null, describe(result.text("Results", "Result", "ErrorCode"),
                result.text("Results", "Result", "ErrorMessage")));
    }

    /**
     * Asks for an order that cannot exist: answered without an error, the API user and password are right. A bank that
     * does not answer is a {@link ProviderUnavailableException}, which the guard counts once and makes a failed check.
     */
    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        try {
            String error = new KuveytTurkOrders(gateway, KuveytTurkAccount.of(account))
                    .errorFor("KERVAN-CHECK-" + UUID.randomUUID().toString().substring(0, 8));
            return error == null
                    ? new CredentialCheck(true, "Kuveyt Türk accepted the " + mode + " API user")
                    : new CredentialCheck(false, "Kuveyt Türk refused the " + mode + " API user or password ("
                    + error + ")");
        } catch (ProviderRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    /** What the bank's record of the order says about the payment; no record yet means pending. */
    private ProviderOutcome recorded(KuveytTurkAccount bank, String merchantOrderId) {
        KuveytTurkOrders.Order order = new KuveytTurkOrders(gateway, bank).find(merchantOrderId);
        return order == null
                ? new ProviderOutcome(ProviderOutcome.Result.PENDING, null,
                "Kuveyt Türk has no sale for " + merchantOrderId + " yet")
                : order.outcome();
    }

    static Map<String, String> references(XmlNode answer, String provisionField) {
        Map<String, String> references = new java.util.TreeMap<>();
        putIfPresent(references, "OrderId", answer.text("OrderId"));
        putIfPresent(references, "ProvisionNumber", answer.text(provisionField));
        putIfPresent(references, "RRN", answer.text("RRN"));
        putIfPresent(references, "Stan", answer.text("Stan"));
        return references;
    }

    private static String refusal(String message) {
        try {
            XmlNode answer = XmlNode.parse(message);
            return describe(answer.text("ResponseCode"), answer.text("ResponseMessage"));
        } catch (IllegalArgumentException e) {
            return "an unreadable answer";
        }
    }

    static String describe(String code, String message) {
        return message == null ? String.valueOf(code) : code + ": " + message;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
