package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * iyzico's direct 3-D Secure payment: initialize checks the order and the card and answers a Base64
 * {@code threeDSHtmlContent} that takes the browser to the simulator's bank page; there the ACS password
 * ({@value #ACS_PASSWORD}) verifies the card (mdStatus 1, unless the card is one of iyzico's "mdStatus 0/4" cards; a
 * wrong password gives 0), and the page posts {@code status}, {@code paymentId}, {@code conversationData},
 * {@code conversationId}, {@code mdStatus} and {@code signature} to the merchant's callbackUrl; auth then takes the
 * money, once, and only after mdStatus 1. A card sent with {@code registerCard: 1} is kept after a successful auth
 * (its {@code cardUserKey} and {@code cardToken} in the answer); a kept card pays by those two instead of the number.
 */
final class IyzicoThreeDs {

    static final String ACS_PASSWORD = "123456";
    static final String BANK_PATH = "/mock/3ds/";

    private final IyzicoLedger ledger;
    private final String baseUrl;
    private final java.util.function.Function<String, IyzicoMerchant> merchants;
    private final IyzicoStoredCards storedCards;

    IyzicoThreeDs(IyzicoLedger ledger, String baseUrl, java.util.function.Function<String, IyzicoMerchant> merchants,
                  IyzicoStoredCards storedCards) {
        this.ledger = ledger;
        this.storedCards = storedCards;
        this.baseUrl = baseUrl;
        this.merchants = merchants;
    }

    Reply initialize(IyzicoCall call) {
        IyzicoOrder.Read read = IyzicoOrder.read(call.body(), true);
        if (read.error() != null) {
            return call.failure(read.error());
        }
        IyzicoOrder order = read.order();
        IyzicoStoredCards.Stored kept = null;
        if (order.card().stored()) {
            synchronized (ledger) {
                kept = storedCards.find(call.merchant().apiKey(), order.card().cardUserKey(),
                        order.card().cardToken());
            }
            if (kept == null) {
                return call.failure(IyzicoError.CARD_NOT_FOUND);
            }
        } else if (order.card().registerCard() && order.card().cardUserKey() != null) {
            synchronized (ledger) {
                if (!storedCards.userKnown(call.merchant().apiKey(), order.card().cardUserKey())) {
                    return call.failure(IyzicoError.CARD_USER_NOT_FOUND);
                }
            }
        }
        String card = kept != null ? kept.number() : order.card().number();
        IyzicoCards.Bin bin = IyzicoCards.bin(card);
        if (bin.domestic() && !order.currency().equals("TRY")) {
            return call.failure(IyzicoError.DOMESTIC_CARD_FOREIGN_CURRENCY);
        }
        if (!IyzicoCards.totals(bin.family(), order.paidPrice()).containsKey(order.installment())) {
            return call.failure(IyzicoError.INSTALLMENT_NOT_OFFERED);
        }
        if (IyzicoCards.behaviour(card) == IyzicoCards.Behaviour.THREEDS_INIT_FAILS) {
            return call.failure(IyzicoError.THREEDS_INIT_FAILED);
        }
        IyzicoPayment payment;
        String session;
        synchronized (ledger) {
            payment = ledger.open(call.merchant().apiKey(), order, card, order.installment(), order.paidPrice(),
                    "THREEDS");
            payment.status = IyzicoPayment.Status.INIT_THREEDS;
            if (kept != null) {
                payment.cardUserKey = kept.cardUserKey();
                payment.cardToken = kept.cardToken();
            }
            session = ledger.acsSession(payment);
        }
        String html = SimulatorPages.autoPost("iyzico Mock 3D-Secure Processing Page", baseUrl + BANK_PATH + session,
                Map.of("PaReq", session));
        return call.ok(IyzicoWire.base(true, call.locale(), call.now(), call.conversationId())
                .put("threeDSHtmlContent", Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)))
                .put("paymentId", payment.paymentId)
                .put("signature", IyzicoSignatures.response(call.merchant().secretKey(), payment.paymentId,
                        call.conversationId())).json());
    }

    /** The bank: without a password, its page; with one, the auto-posting form to callbackUrl. */
    Reply bankPage(String session, Map<String, String> form) {
        synchronized (ledger) {
            IyzicoPayment payment = ledger.peekAcsSession(session);
            if (payment == null) {
                return Reply.html(404, SimulatorPages.page("3-D Secure", "<h1>İşlem bulunamadı</h1>"));
            }
            if (!form.containsKey("password")) {
                return Reply.html(200, SimulatorPages.passwordPage(Objects.requireNonNullElse(payment.bin.bankName(),
                        "Issuer"), baseUrl + BANK_PATH + session, CardNumbers.masked(payment.cardNumber),
                        payment.paidPrice.toPlainString() + " " + payment.order.currency()));
            }
            ledger.takeAcsSession(session);
            boolean verified = ACS_PASSWORD.equals(form.get("password"));
            IyzicoCards.Behaviour behaviour = IyzicoCards.behaviour(payment.cardNumber);
            payment.mdStatus = !verified || behaviour == IyzicoCards.Behaviour.MD_STATUS_0 ? 0
                    : behaviour == IyzicoCards.Behaviour.MD_STATUS_4 ? 4 : 1;
            payment.status = IyzicoPayment.Status.CALLBACK_THREEDS;
            String status = payment.mdStatus == 1 ? "success" : "failure";
            String conversationId = Objects.toString(payment.order.conversationId(), "");
            String secret = merchants.apply(payment.apiKey).secretKey();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("status", status);
            fields.put("paymentId", payment.paymentId);
            fields.put("conversationData", payment.conversationData);
            fields.put("conversationId", conversationId);
            fields.put("mdStatus", String.valueOf(payment.mdStatus));
            fields.put("signature", IyzicoSignatures.callback(secret, payment.conversationData, conversationId,
                    String.valueOf(payment.mdStatus), payment.paymentId, status));
            return Reply.html(200, SimulatorPages.autoPost("3-D Secure", payment.order.callbackUrl(), fields));
        }
    }

    /** {@code /payment/3dsecure/auth}; the v2 path also checks basketId, paidPrice and currency against the payment. */
    Reply auth(IyzicoCall call, boolean v2) {
        String paymentId = call.text("paymentId");
        if (paymentId == null) {
            return call.failure(IyzicoError.required("paymentId"));
        }
        synchronized (ledger) {
            IyzicoPayment payment = ledger.payment(call.merchant().apiKey(), paymentId);
            if (payment == null || !payment.channel.equals("THREEDS")) {
                return call.failure(IyzicoError.PAYMENT_NOT_FOUND);
            }
            if (payment.status == IyzicoPayment.Status.SUCCESS || payment.status == IyzicoPayment.Status.FAILURE) {
                return call.failure(IyzicoError.ALREADY_COMPLETED);
            }
            if (!Objects.equals(payment.conversationData, call.text("conversationData")) || v2 && !sameOrder(call,
                    payment)) {
                return call.failure(IyzicoError.DATA_MISMATCH);
            }
            ledger.settle(payment, Objects.equals(payment.mdStatus, 1) ? null : IyzicoError.THREEDS_NOT_VERIFIED);
            IyzicoOrder.Card card = payment.order.card();
            if (payment.succeeded() && card.registerCard()) {
                IyzicoStoredCards.Stored kept = storedCards.register(payment.apiKey, card.cardUserKey(), card);
                payment.cardUserKey = kept.cardUserKey();
                payment.cardToken = kept.cardToken();
            }
            return call.ok(IyzicoWire.payment(payment, call.locale(), call.now(), call.conversationId(),
                    call.merchant().secretKey()).json());
        }
    }

    private static boolean sameOrder(IyzicoCall call, IyzicoPayment payment) {
        BigDecimal paidPrice = call.decimal("paidPrice");
        return Objects.equals(call.text("basketId"), payment.order.basketId())
                && Objects.equals(call.text("currency"), payment.order.currency())
                && paidPrice != null && paidPrice.compareTo(payment.paidPrice) == 0;
    }
}
