package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.provider.CardKeeping;
import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderOutcome.Result;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.payments.provider.StoredCard;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * iyzico, in either of its two ways to pay, as the integration's {@code config.payment_flow} chooses:
 * <ul>
 *   <li><b>checkout form</b>: {@link #start} initializes iyzico's hosted form and sends the shopper there; iyzico
 *       posts the form's {@code token} back, and only the retrieve of that token settles the payment. The token is
 *       the payment's transaction id.</li>
 *   <li><b>direct 3-D Secure</b>: {@link #start} points to Kervan's card page, {@link #enrollCard} initializes 3-D
 *       Secure with the card and hands back the bank's page; the bank posts {@code mdStatus} back, and
 *       {@link #finish} completes the payment with ThreedsPayment. Kervan's payment number is the transaction id.</li>
 * </ul>
 * Every answer's signature is checked before it is believed; {@code conversationId} and {@code basketId} carry the
 * payment number. Refunds and webhooks: {@link IyzicoRefunds}, {@link IyzicoWebhooks}.
 */
@ApplicationScoped
public class IyzicoProvider implements PaymentProvider {

    private static final String PAYMENT_NUMBER_PREFIX = "PAY-";

    @Inject
    IyzicoGateway gateway;

    @Override
    public ProviderType type() {
        return ProviderType.IYZICO;
    }

    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        IyzicoAccount iyzico = IyzicoAccount.of(account);
        if (iyzico.directThreeDs()) {
            return new StartedPayment(request.paymentNumber(), request.cardPageUrl());
        }
        IyzicoAnswer answer = gateway.post(iyzico, IyzicoRequests.CHECKOUT_FORM_INITIALIZE,
                IyzicoRequests.checkoutForm(iyzico, request), "nothing was charged, try again in a moment");
        if (!answer.succeeded()) {
            throw new ProviderRefusedException("iyzico refused the checkout form: " + answer.error());
        }
        if (!request.paymentNumber().equals(answer.text("conversationId")) || answer.text("token") == null
                || answer.text("paymentPageUrl") == null
                || !answer.signedWith(iyzico.secretKey().reveal(), "conversationId", "token")) {
            throw new ProviderRefusedException("iyzico's checkout form answer does not carry a valid signature");
        }
        return new StartedPayment(answer.text("token"), answer.text("paymentPageUrl"));
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        return enrollCard(request, card, null, account);
    }

    /** Cards are kept where Kervan's card page takes them: the direct 3-D Secure flow ({@link IyzicoCardStorage}). */
    @Override
    public boolean keepsCards(ProviderAccount account) {
        return IyzicoAccount.of(account).directThreeDs();
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, CardKeeping keeping,
                                     ProviderAccount account) {
        IyzicoAccount iyzico = IyzicoAccount.of(account);
        if (!iyzico.directThreeDs()) {
            return PaymentProvider.super.enrollCard(request, card, keeping, account);
        }
        return threeDs(iyzico, request, IyzicoRequests.threeDsInitialize(iyzico, request, card, keeping));
    }

    @Override
    public StartedPayment enrollStoredCard(PaymentRequest request, StoredCard card, ProviderAccount account) {
        IyzicoAccount iyzico = IyzicoAccount.of(account);
        if (!iyzico.directThreeDs()) {
            return PaymentProvider.super.enrollStoredCard(request, card, account);
        }
        return threeDs(iyzico, request, IyzicoRequests.threeDsInitialize(iyzico, request, card));
    }

    @Override
    public void forgetCard(StoredCard card, ProviderAccount account) {
        IyzicoCardStorage.forget(gateway, IyzicoAccount.of(account), card);
    }

    /** ThreedsInitialize, whose signed answer carries the bank's page (Base64). */
    private StartedPayment threeDs(IyzicoAccount iyzico, PaymentRequest request, jakarta.json.JsonObject body) {
        IyzicoAnswer answer = gateway.post(iyzico, IyzicoRequests.THREEDS_INITIALIZE, body,
                "nothing was charged, try again in a moment");
        if (!answer.succeeded()) {
            throw new ProviderRefusedException("iyzico refused the card: " + answer.error());
        }
        String html = answer.text("threeDSHtmlContent");
        if (html == null || !request.paymentNumber().equals(answer.text("conversationId"))
                || !answer.signedWith(iyzico.secretKey().reveal(), "paymentId", "conversationId")) {
            throw new ProviderRefusedException("iyzico's 3-D Secure answer does not carry a valid signature");
        }
        try {
            return StartedPayment.render(request.paymentNumber(),
                    new String(Base64.getMimeDecoder().decode(html), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ProviderRefusedException("iyzico's 3-D Secure page is not Base64");
        }
    }

    /**
     * The shopper's browser is back. A checkout form's post counts only if it carries this payment's token, and then
     * only the retrieve decides; a 3-D Secure post must be about this payment and signed with the shop's secret key
     * before its paymentId is worth a ThreedsPayment call, whose signed answer decides. Anything else changes nothing.
     */
    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                  ProviderAccount account) {
        IyzicoAccount iyzico = IyzicoAccount.of(account);
        if (!isPaymentNumber(transactionId)) {
            return transactionId.equals(fields.get("token")) ? confirm(transactionId, account)
                    : ignored("the post does not carry this payment's token");
        }
        String secret = iyzico.secretKey().reveal();
        String mdStatus = fields.get("mdStatus");
        String paymentId = fields.get("paymentId");
        if (!transactionId.equals(fields.get("conversationId")) || paymentId == null || mdStatus == null
                || !IyzicoSignatures.same(IyzicoSignatures.callback(secret, fields.getOrDefault("conversationData",
                ""), fields.get("conversationId"), mdStatus, paymentId, fields.getOrDefault("status", "")),
                fields.get("signature"))) {
            return ignored("the post is not iyzico's signed 3-D Secure result for this payment");
        }
        if (!"1".equals(mdStatus)) {
            return new ProviderOutcome(Result.DECLINED, amount, "3-D Secure was not verified (mdStatus "
                    + mdStatus + ")");
        }
        IyzicoAnswer answer = gateway.post(iyzico, IyzicoRequests.THREEDS_AUTH, IyzicoRequests.threeDsAuth(
                transactionId, amount, paymentId, fields.get("conversationData")),
                "Kervan will ask iyzico and settle the payment; do not pay again");
        ProviderOutcome outcome = IyzicoCardStorage.withKeptCard(IyzicoResults.direct(answer, transactionId, secret),
                answer);
        if (outcome.result() == Result.PENDING) {
            // Refused without a payment (already completed by an earlier call whose answer was lost, or data that
            // does not match): only iyzico's record of the payment tells.
            ProviderOutcome recorded = confirm(transactionId, account);
            return recorded.result() == Result.SUCCEEDED ? recorded
                    : new ProviderOutcome(Result.DECLINED, amount, "iyzico refused the payment: " + answer.error());
        }
        return outcome;
    }

    /** iyzico's installment table for the card's BIN and the amount; see {@link IyzicoInstallments}. */
    @Override
    public List<InstallmentOption> installments(String bin, Money amount, ProviderAccount account) {
        return IyzicoInstallments.read(gateway.read(IyzicoAccount.of(account), IyzicoRequests.INSTALLMENT,
                IyzicoRequests.installments(bin, amount)), bin, amount);
    }

    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        IyzicoAccount iyzico = IyzicoAccount.of(account);
        String secret = iyzico.secretKey().reveal();
        if (isPaymentNumber(transactionId)) {
            return IyzicoResults.direct(gateway.read(iyzico, IyzicoRequests.PAYMENT_DETAIL,
                    IyzicoRequests.detail(transactionId)), transactionId, secret);
        }
        return IyzicoResults.checkoutForm(gateway.read(iyzico, IyzicoRequests.CHECKOUT_FORM_RETRIEVE,
                IyzicoRequests.checkoutFormRetrieve(transactionId)), transactionId, secret);
    }

    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        return new IyzicoRefunds(gateway, IyzicoAccount.of(account)).refund(payment, amount, refundKey);
    }

    /** Asks for the installment table of a test BIN: it moves no money, and iyzico checks the keys' signature. */
    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        try {
            IyzicoAnswer answer = gateway.read(IyzicoAccount.of(account), IyzicoRequests.INSTALLMENT,
                    IyzicoRequests.installments("552608", Money.of(java.math.BigDecimal.ONE, "TRY")));
            return answer.succeeded()
                    ? new CredentialCheck(true, "iyzico accepted the " + mode + " API key and secret key")
                    : new CredentialCheck(false, "iyzico refused the " + mode + " keys (" + answer.error() + ")");
        } catch (ProviderRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    @Override
    public WebhookEvent readWebhook(String payload, Map<String, String> headers, ProviderAccount account) {
        return IyzicoWebhooks.read(payload, headers, account);
    }

    /** Kervan's payment numbers are the transaction ids of direct 3-D Secure payments; tokens are iyzico's. */
    private static boolean isPaymentNumber(String transactionId) {
        return transactionId.startsWith(PAYMENT_NUMBER_PREFIX);
    }

    private static ProviderOutcome ignored(String why) {
        return new ProviderOutcome(Result.PENDING, null, "callback ignored: " + why);
    }
}
