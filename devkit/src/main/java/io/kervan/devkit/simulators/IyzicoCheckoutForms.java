package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kervan.devkit.simulators.SimpleXml.escape;

/**
 * iyzico's checkout form: initialize answers a {@code token} and a {@code paymentPageUrl} on the simulator's own hosted
 * page; the shopper pays there (choosing an installment the card's family offers, charged at the table's total); the
 * page then sends the browser on to the merchant's {@code callbackUrl} with {@code token}, success or not; retrieve
 * tells the result, signed.
 */
final class IyzicoCheckoutForms {

    static final String PAGE_PATH = "/cpp";
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(1800);
    private static final List<Integer> DEFAULT_INSTALLMENTS = List.of(2, 3, 6, 9);

    private final IyzicoLedger ledger;
    private final String baseUrl;

    IyzicoCheckoutForms(IyzicoLedger ledger, String baseUrl) {
        this.ledger = ledger;
        this.baseUrl = baseUrl;
    }

    Reply initialize(IyzicoCall call) {
        IyzicoOrder.Read read = IyzicoOrder.read(call.body(), false);
        if (read.error() != null) {
            return call.failure(read.error());
        }
        String token = UUID.randomUUID().toString();
        String pageUrl = baseUrl + PAGE_PATH + "?token=" + token + "&lang=" + call.locale();
        synchronized (ledger) {
            ledger.add(new IyzicoLedger.Checkout(token, call.merchant().apiKey(), read.order(), call.locale(),
                    call.now().plus(TOKEN_LIFETIME)));
        }
        String content = "<script type=\"text/javascript\">(function(){var f=document.getElementById("
                + "'iyzipay-checkout-form');if(f){f.innerHTML='<iframe src=\"" + pageUrl + "\" title=\"iyzico\" "
                + "style=\"width:100%;height:640px;border:0\"></iframe>';}else{location.href='" + pageUrl
                + "';}})();</script>";
        return call.ok(IyzicoWire.base(true, call.locale(), call.now(), call.conversationId()).put("token", token)
                .put("checkoutFormContent", content).put("tokenExpireTime", TOKEN_LIFETIME.toSeconds())
                .put("paymentPageUrl", pageUrl)
                .put("signature", IyzicoSignatures.response(call.merchant().secretKey(), call.conversationId(),
                        token)).json());
    }

    Reply retrieve(IyzicoCall call) {
        String token = call.text("token");
        if (token == null) {
            return call.failure(IyzicoError.required("token"));
        }
        synchronized (ledger) {
            IyzicoLedger.Checkout checkout = ledger.checkout(token);
            if (checkout == null || !checkout.apiKey.equals(call.merchant().apiKey())) {
                return call.failure(IyzicoError.TOKEN_NOT_FOUND);
            }
            return call.ok(IyzicoWire.checkoutForm(token, checkout.order.callbackUrl(), checkout.payment,
                    call.locale(), call.now(), call.conversationId(), call.merchant().secretKey()));
        }
    }

    /** The hosted page: GET shows the card form, POST pays and sends the browser to callbackUrl with the token. */
    Reply page(String method, Map<String, String> query, Map<String, String> form) {
        String token = method.equals("POST") ? form.get("token") : query.get("token");
        synchronized (ledger) {
            IyzicoLedger.Checkout checkout = ledger.checkout(token);
            if (checkout == null || ledger.now().isAfter(checkout.expiresAt)) {
                return Reply.html(404, SimulatorPages.page("iyzico", "<h1>Ödeme formu bulunamadı</h1>"
                        + "<p>The payment form has expired or does not exist.</p>"));
            }
            if (checkout.payment != null) {
                return Reply.html(409, SimulatorPages.page("iyzico", "<h1>Bu ödeme formu kullanıldı</h1>"));
            }
            if (method.equals("GET")) {
                return Reply.html(200, form(checkout, null));
            }
            String card = form.getOrDefault("cardNumber", "").replace(" ", "");
            if (!CardNumbers.valid(card)) {
                return Reply.html(422, form(checkout, IyzicoError.INVALID_CARD_NUMBER.message(checkout.locale)));
            }
            return pay(checkout, card, form.getOrDefault("installment", "1"));
        }
    }

    private Reply pay(IyzicoLedger.Checkout checkout, String card, String chosen) {
        IyzicoOrder order = checkout.order;
        IyzicoCards.Bin bin = IyzicoCards.bin(card);
        int installment = chosen.matches("\\d{1,2}") ? Integer.parseInt(chosen) : 1;
        BigDecimal total = IyzicoCards.totals(bin.family(), order.paidPrice()).get(installment);
        if (total == null || !offered(order).contains(installment)) {
            return Reply.html(422, form(checkout, IyzicoError.INSTALLMENT_NOT_OFFERED.message(checkout.locale)));
        }
        IyzicoPayment payment = ledger.open(checkout.apiKey, order, card, installment, total, "CHECKOUT_FORM");
        payment.token = checkout.token;
        checkout.payment = payment;
        IyzicoError refused = null;
        if (bin.domestic() && !order.currency().equals("TRY")) {
            refused = IyzicoError.DOMESTIC_CARD_FOREIGN_CURRENCY;
        } else if (IyzicoCards.behaviour(card) == IyzicoCards.Behaviour.THREEDS_INIT_FAILS) {
            refused = IyzicoError.THREEDS_INIT_FAILED;
        } else if (IyzicoCards.behaviour(card) == IyzicoCards.Behaviour.MD_STATUS_0
                || IyzicoCards.behaviour(card) == IyzicoCards.Behaviour.MD_STATUS_4) {
            payment.mdStatus = IyzicoCards.behaviour(card) == IyzicoCards.Behaviour.MD_STATUS_0 ? 0 : 4;
            refused = IyzicoError.THREEDS_NOT_VERIFIED;
        }
        ledger.settle(payment, refused);
        return Reply.html(200, SimulatorPages.autoPost("iyzico", order.callbackUrl(),
                Map.of("token", checkout.token)));
    }

    private static List<Integer> offered(IyzicoOrder order) {
        List<Integer> offered = new ArrayList<>(List.of(1));
        offered.addAll(order.enabledInstallments().isEmpty() ? DEFAULT_INSTALLMENTS : order.enabledInstallments());
        return offered;
    }

    private String form(IyzicoLedger.Checkout checkout, String error) {
        StringBuilder options = new StringBuilder();
        for (int count : offered(checkout.order)) {
            options.append("<option value=").append(count).append('>')
                    .append(count == 1 ? "Tek çekim" : count + " taksit").append("</option>");
        }
        String field = "<p><label for=%1$s>%2$s</label> <input id=%1$s name=%1$s autocomplete=%3$s required></p>";
        return SimulatorPages.page("iyzico ile öde", "<h1>" + escape(checkout.order.paidPrice().toPlainString())
                + " " + escape(checkout.order.currency()) + "</h1>"
                + (error == null ? "" : "<p role=alert>" + escape(error) + "</p>")
                + "<form method=post action=\"" + escape(baseUrl + PAGE_PATH) + "\">"
                + "<input type=hidden name=\"token\" value=\"" + escape(checkout.token) + "\">"
                + field.formatted("cardHolderName", "Kart üzerindeki isim", "cc-name")
                + field.formatted("cardNumber", "Kart numarası", "cc-number")
                + field.formatted("expireMonth", "Ay", "cc-exp-month")
                + field.formatted("expireYear", "Yıl", "cc-exp-year")
                + field.formatted("cvc", "CVC", "cc-csc")
                + "<p><label for=installment>Taksit</label> <select id=installment name=installment>" + options
                + "</select></p><button>Öde</button></form>");
    }
}
