package io.kervan.payments.provider.paynet;

import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.provider.CardKeeping;
import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.KeptCard;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.payments.provider.StartedPayment;
import io.kervan.payments.provider.StoredCard;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * PAYNET's API payment with 3-D Secure on Kervan's card page. {@link #start} points the shopper to the card page;
 * {@link #enrollCard} sends the card with {@code tds_initial} (reference_no is Kervan's payment number, which is also
 * the payment's transaction id) and keeps PAYNET's {@code session_id}; the bank's page posts {@code session_id} and
 * {@code token_id} back, which {@link #finish} charges with {@code tds_charge} only when the session is the one Kervan
 * opened for this payment, and only after {@code transaction/check} shows no charge yet (a retry after a lost answer
 * never charges twice; PAYNET also answers a repeated charge with code 100). Refunds are {@code reversed_request}s,
 * which PAYNET's operations review: they stay pending until the decision, which Kervan reads from the refund list
 * whenever PAYNET's unsigned {@code succeedUrl} post or its signed webhook says one was made.
 */
@ApplicationScoped
public class PaynetProvider implements PaymentProvider {

    @Inject
    PaynetGateway gateway;

    /** PAYNET's published source addresses for its webhooks, allowed beside each integration's own list. */
    @Inject
    @ConfigProperty(name = "kervan.paynet.webhook-source-ips")
    Optional<List<String>> webhookSources;

    @Override
    public ProviderType type() {
        return ProviderType.PAYNET;
    }

    @Override
    public StartedPayment start(PaymentRequest request, ProviderAccount account) {
        PaynetAccount.of(account);
        requireLira(request.amount());
        return new StartedPayment(request.paymentNumber(), request.cardPageUrl());
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, ProviderAccount account) {
        return enrollCard(request, card, null, account);
    }

    /** PAYNET keeps cards for Kervan's card page: see {@link PaynetCards}. */
    @Override
    public boolean keepsCards(ProviderAccount account) {
        return true;
    }

    @Override
    public StartedPayment enrollCard(PaymentRequest request, CardDetails card, CardKeeping keeping,
                                     ProviderAccount account) {
        JsonObjectBuilder body = JsonDocuments.object()
                .add("card_holder", card.holderName()).add("pan", card.number())
                .add("month", String.format(Locale.ROOT, "%02d", card.expiryMonth()))
                .add("year", String.valueOf(card.expiryYear())).add("cvc", card.cvv());
        if (keeping != null) {
            PaynetCards.keep(body, keeping);
        }
        return initial(request, body, account, "PAYNET refused the card: ");
    }

    @Override
    public StartedPayment enrollStoredCard(PaymentRequest request, StoredCard card, ProviderAccount account) {
        JsonObjectBuilder body = JsonDocuments.object();
        PaynetCards.payWith(body, card);
        return initial(request, body, account, "PAYNET refused the saved card: ");
    }

    @Override
    public void forgetCard(StoredCard card, ProviderAccount account) {
        PaynetCards.forget(gateway, PaynetAccount.of(account), card);
    }

    /** tds_initial with the card's fields (a typed card, or a kept card's hash); answers the bank's page. */
    private StartedPayment initial(PaymentRequest request, JsonObjectBuilder card, ProviderAccount account,
                                   String refused) {
        PaynetAccount paynet = PaynetAccount.of(account);
        requireLira(request.amount());
        JsonObjectBuilder body = card
                .add("amount", PaynetJson.commaDecimal(request.amount()))
                .add("reference_no", request.paymentNumber())
                .add("return_url", request.returnUrl())
                .add("domain", URI.create(request.returnUrl()).getHost())
                .add("description", request.description())
                .add("instalment", String.valueOf(request.installments()));
        if (request.customerEmail() != null) {
            body.add("card_holder_mail", request.customerEmail());
        }
        JsonObject answer = gateway.send(paynet, PaynetGateway.TDS_INITIAL, body.build(),
                "nothing was charged, try again in a moment");
        String session = PaynetJson.text(answer, "session_id");
        if (PaynetJson.code(answer) != 0 || session == null) {
            throw new ProviderRefusedException(refused + PaynetJson.describe(answer));
        }
        String html = PaynetJson.text(answer, "html_content");
        return new StartedPayment(request.paymentNumber(), html == null ? PaynetJson.text(answer, "post_url") : null,
                html, Map.of("session_id", session));
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> opened,
                                  Map<String, String> fields, ProviderAccount account) {
        String session = fields.get("session_id");
        String token = fields.get("token_id");
        if (session == null || token == null || session.isBlank() || token.isBlank()) {
            return ignored("the post carried no session_id and token_id");
        }
        if (!session.equals(opened.get("session_id"))) {
            return ignored("the post names a 3-D Secure session that Kervan did not open for this payment");
        }
        PaynetAccount paynet = PaynetAccount.of(account);
        ProviderOutcome recorded = PaynetCharges.recorded(gateway, paynet, transactionId);
        if (recorded.result() == ProviderOutcome.Result.SUCCEEDED) {
            return recorded; // charged already, its answer lost: never charge again
        }
        JsonObject answer = gateway.send(paynet, PaynetGateway.TDS_CHARGE, JsonDocuments.object()
                        .add("session_id", session).add("token_id", token).add("transaction_type", "1").build(),
                "Kervan will ask PAYNET and settle the payment; do not pay again");
        ProviderOutcome charged = PaynetCharges.charged(answer, transactionId, amount);
        KeptCard kept = charged.result() == ProviderOutcome.Result.SUCCEEDED
                ? PaynetCards.kept(gateway, paynet, answer) : null;
        return kept == null ? charged : charged.withKeptCard(kept);
    }

    @Override
    public ProviderOutcome finish(String transactionId, Money amount, Map<String, String> fields,
                                  ProviderAccount account) {
        return finish(transactionId, amount, Map.of(), fields, account);
    }

    @Override
    public ProviderOutcome confirm(String transactionId, ProviderAccount account) {
        return PaynetCharges.recorded(gateway, PaynetAccount.of(account), transactionId);
    }

    /**
     * Asks PAYNET's refund list first: a request it already holds (the answer was lost, or Kervan failed before it
     * recorded it) is not made again. Then {@code reversed_request}, the whole amount without {@code amount}, part in
     * kuruş; taken in, it is pending until PAYNET's operations decide.
     */
    @Override
    public RefundOutcome refund(PaidPayment payment, Money amount, String refundKey, ProviderAccount account) {
        PaynetAccount paynet = PaynetAccount.of(account);
        String xactId = xactId(payment, paynet);
        if (xactId == null) {
            return new RefundOutcome(false, null, "PAYNET has no sale " + payment.transactionId() + " to refund");
        }
        List<PaynetReversals.Reversal> earlier = new PaynetReversals(gateway, paynet).of(xactId);
        if (earlier.stream().anyMatch(r -> r.status() == PaynetReversals.WAITING)) {
            return RefundOutcome.pending(null, "PAYNET already holds this refund request for review");
        }
        Money approved = earlier.stream().filter(r -> r.status() == PaynetReversals.DONE)
                .map(PaynetReversals.Reversal::amount).reduce(Money.zero(PaynetJson.CURRENCY), Money::plus);
        if (approved.minus(payment.refunded()).equals(amount)) {
            return new RefundOutcome(true, null, "PAYNET had already refunded " + amount);
        }
        JsonObjectBuilder body = JsonDocuments.object().add("xact_id", xactId);
        if (!payment.isWholeRefund(amount)) {
            body.add("amount", PaynetJson.kurus(amount));
        }
        if (payment.refundOutcomeUrl() != null) {
            body.add("succeedUrl", payment.refundOutcomeUrl());
        }
        JsonObject answer = gateway.send(paynet, PaynetGateway.REVERSED_REQUEST, body.build(),
                "asking again is safe: Kervan reads PAYNET's refund list before it asks again");
        return PaynetJson.code(answer) == 0
                ? RefundOutcome.pending(null, "PAYNET reviews the refund request")
                : new RefundOutcome(false, null, PaynetJson.describe(answer));
    }

    @Override
    public RefundOutcome refundOutcome(PaidPayment payment, Money amount, ProviderAccount account) {
        PaynetAccount paynet = PaynetAccount.of(account);
        String xactId = xactId(payment, paynet);
        return xactId == null ? RefundOutcome.pending(null, "PAYNET has no sale " + payment.transactionId())
                : new PaynetReversals(gateway, paynet).newestOutcome(xactId);
    }

    /** PAYNET's rate table for the card's BIN and the amount, the shop paying the fee (as payments are sent). */
    @Override
    public List<InstallmentOption> installments(String bin, Money amount, ProviderAccount account) {
        requireLira(amount);
        if (bin == null || !bin.matches("\\d{6,8}")) {
            return List.of(InstallmentOption.single(amount));
        }
        return PaynetInstallments.options(gateway.read(PaynetAccount.of(account), PaynetGateway.RATIO,
                JsonDocuments.object().add("bin", bin).add("amount", PaynetJson.commaDecimal(amount))
                        .build()), amount);
    }

    /** Asks for a transaction that cannot exist: "not found" means PAYNET took the secret key. */
    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        String mode = account.mode().name().toLowerCase(Locale.ROOT);
        try {
            JsonObject answer = gateway.read(PaynetAccount.of(account), PaynetGateway.CHECK, JsonDocuments.object()
                    .add("reference_no", "KERVAN-CHECK-" + UUID.randomUUID().toString().substring(0, 8)).build());
            int code = PaynetJson.code(answer);
            return code == 0 || code == PaynetCharges.NOT_FOUND
                    ? new CredentialCheck(true, "PAYNET accepted the " + mode + " secret key")
                    : new CredentialCheck(false, "PAYNET refused the " + mode + " secret key ("
                    + PaynetJson.describe(answer) + ")");
        } catch (ProviderRefusedException e) {
            return new CredentialCheck(false, e.detail());
        }
    }

    @Override
    public WebhookEvent readWebhook(String payload, Map<String, String> headers, ProviderAccount account) {
        return PaynetWebhooks.read(payload, headers, PaynetAccount.of(account).webhookSecret());
    }

    @Override
    public Set<String> webhookSources() {
        return webhookSources.map(list -> Set.copyOf(list.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList())).orElse(Set.of());
    }

    private String xactId(PaidPayment payment, PaynetAccount paynet) {
        String xactId = payment.references().get("xact_id");
        return xactId != null ? xactId
                : PaynetCharges.recorded(gateway, paynet, payment.transactionId()).references().get("xact_id");
    }

    private static void requireLira(Money amount) {
        if (!PaynetJson.CURRENCY.equals(amount.currency())) {
            throw new ProviderRefusedException("PAYNET takes payments in TRY only, not " + amount.currency());
        }
    }

    private static ProviderOutcome ignored(String why) {
        return new ProviderOutcome(ProviderOutcome.Result.PENDING, null, "callback ignored: " + why);
    }
}
