package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * PAYNET's 3-D Secure payment (docs "3D ile ödeme") and its check: tds_initial takes the amount, the card (or a kept
 * card's {@code card_hash} with its {@code card_owner_id}; with {@code card_save: "true"}, {@code card_desc} and
 * {@code user_unique_id} or {@code card_owner_id} the card is kept after the charge) and an installment the card's bank offers, and answers {@code session_id} with a
 * {@code post_url} and {@code html_content} for the simulator's bank page; the bank page (password
 * {@value #ACS_PASSWORD}) posts {@code session_id} and {@code token_id} to {@code return_url}; tds_charge takes the
 * money once, and a repeat after success answers the same transaction with code 100 ("Önceki Başarılı İşlem").
 */
final class PaynetPayments {

    static final String ACS_PASSWORD = "123456";
    static final String BANK_PATH = "/paynet/3ds/";
    private static final Map<String, String[]> DECLINES = Map.of(
            "4111111111111129", new String[]{"51", "Limit yetersiz"},
            "4129111111111111", new String[]{"05", "İşlem onaylanmadı"});
    private static final String MD_STATUS_0 = "4131111111111117";

    private final PaynetLedger ledger;
    private final String baseUrl;
    private final Consumer<PaynetTransaction> charged;

    PaynetPayments(PaynetLedger ledger, String baseUrl, Consumer<PaynetTransaction> charged) {
        this.ledger = ledger;
        this.baseUrl = baseUrl;
        this.charged = charged;
    }

    Reply initial(PaynetCall call) {
        for (String required : new String[]{"amount", "reference_no", "return_url", "domain"}) {
            if (call.text(required) == null) {
                return call.error(11, required + " zorunludur");
            }
        }
        BigDecimal amount;
        try {
            amount = call.commaAmount("amount");
        } catch (NumberFormatException notCommaDecimal) {
            return call.error(11, "amount hatalı: ondalık ayıraç olarak virgül (,) kullanılmalıdır, örn. \"129,90\"");
        }
        if (amount.signum() <= 0 || amount.scale() > 2) {
            return call.error(11, "amount hatalı");
        }
        synchronized (ledger) {
            // A kept card pays only for the merchant and the card owner it was kept for (and not once deleted).
            PaynetCard kept = call.text("card_hash") == null ? null : ledger.card(call.merchantKey(),
                    call.text("card_hash"));
            if (kept != null && !kept.cardOwnerId().equals(call.text("card_owner_id"))) {
                kept = null;
            }
            if (call.text("card_hash") != null && kept == null) {
                return call.error(25, "Kart bulunamadı");
            }
            PaynetSession.Card card = kept != null ? new PaynetSession.Card(kept.holder(), kept.pan(), kept.month(),
                    kept.year()) : new PaynetSession.Card(call.text("card_holder"), call.text("pan"),
                    call.text("month"), call.text("year"));
            Reply wrongCard = checkCard(call, card, kept != null);
            if (wrongCard != null) {
                return wrongCard;
            }
            String instalment = call.text("instalment") == null ? "1" : call.text("instalment");
            PaynetRatios.Bank bank = PaynetRatios.bank(card.pan());
            PaynetRatios.Quote quote = !instalment.matches("\\d{1,2}") ? null : PaynetRatios.quotes(bank,
                    PaynetRatios.debit(card.pan()), amount, call.flag("add_commission")).get(Integer.parseInt(
                    instalment));
            if (quote == null) {
                return call.error(21, "Bu kart için " + instalment + " taksit seçeneği bulunamadı");
            }
            if (ledger.referenceTaken(call.merchantKey(), call.text("reference_no"))) {
                return call.error(5, "Mükerrer reference_no: " + call.text("reference_no"));
            }
            PaynetSession.SaveCard save = null;
            if (call.flag("card_save")) {
                if (call.text("card_desc") == null || call.text("user_unique_id") == null
                        && call.text("card_owner_id") == null) {
                    return call.error(11,
                            "Kart saklama için card_desc ve user_unique_id ya da card_owner_id zorunludur");
                }
                if (call.text("card_owner_id") != null && !ledger.ownerKnown(call.merchantKey(),
                        call.text("card_owner_id"))) {
                    return call.error(12, "card_owner_id bulunamadı");
                }
                save = new PaynetSession.SaveCard(call.text("card_desc"), call.text("user_unique_id"),
                        call.text("card_owner_id"));
            }
            PaynetSession session = new PaynetSession(call.merchantKey(), "ses_" + PaynetLedger.token(18),
                    "tok_" + PaynetLedger.token(18), call.text("reference_no"), amount, quote, bank, card,
                    call.text("return_url"), call.text("description"), call.text("card_holder_mail"),
                    call.text("card_holder_phone"), call.now(), kept, save);
            ledger.add(session);
            String postUrl = baseUrl + BANK_PATH + session.sessionId;
            return call.ok(SimulatorJson.fields().put("session_id", session.sessionId).put("post_url", postUrl)
                    .put("html_content", SimulatorPages.autoPost("PAYNET 3D", postUrl, Map.of()))
                    .put("transaction_type", 1));
        }
    }

    /** The bank: without a password its page; with one, the verdict and the form that posts to return_url. */
    Reply bankPage(String sessionId, Map<String, String> form) {
        synchronized (ledger) {
            PaynetSession session = ledger.session(sessionId);
            if (session == null || session.mdStatus != null) {
                return Reply.html(session == null ? 404 : 409, SimulatorPages.page("3D", "<h1>Oturum geçersiz</h1>"));
            }
            if (!form.containsKey("password")) {
                return Reply.html(200, SimulatorPages.passwordPage(session.bankName, baseUrl + BANK_PATH + sessionId,
                        CardNumbers.masked(session.pan), session.quote.totalAmount().toPlainString() + " TRY"));
            }
            session.mdStatus = ACS_PASSWORD.equals(form.get("password")) && !MD_STATUS_0.equals(session.pan) ? 1 : 0;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("session_id", session.sessionId);
            fields.put("token_id", session.tokenId);
            return Reply.html(200, SimulatorPages.autoPost("PAYNET 3D", session.returnUrl, fields));
        }
    }

    Reply charge(PaynetCall call) {
        if (call.text("session_id") == null || call.text("token_id") == null) {
            return call.error(11, "session_id ve token_id zorunludur");
        }
        if (call.text("transaction_type") != null && !call.text("transaction_type").equals("1")) {
            return call.error(19, "Yalnızca satış işlemi (transaction_type 1) desteklenir");
        }
        synchronized (ledger) {
            PaynetSession session = ledger.session(call.merchantKey(), call.text("session_id"));
            if (session == null) {
                return call.error(13, "Oturum bulunamadı");
            }
            if (!session.tokenId.equals(call.text("token_id")) || session.mdStatus == null) {
                return call.error(15, "İşlem eşleşmedi");
            }
            PaynetTransaction earlier = session.transaction;
            if (earlier != null) {
                return earlier.succeeded ? answer(call, earlier, 100, "Önceki Başarılı İşlem")
                        : call.error(17, "Oturum daha önce kullanıldı");
            }
            String[] decline = DECLINES.get(session.pan);
            PaynetTransaction t = session.mdStatus != 1
                    ? new PaynetTransaction(session, ledger.nextId(), PaynetLedger.xactId(), call.now(), 16,
                    "3D doğrulaması başarısız", null)
                    : decline != null ? new PaynetTransaction(session, ledger.nextId(), PaynetLedger.xactId(),
                    call.now(), 1, decline[1], decline[0])
                    : new PaynetTransaction(session, ledger.nextId(), PaynetLedger.xactId(), call.now(), 0,
                    PaynetCall.SUCCESS, null);
            session.transaction = t;
            ledger.add(t);
            if (t.succeeded && session.saveCard != null) {
                t.savedCard = ledger.keep(session);
            }
            charged.accept(t);
            return answer(call, t, t.code, t.message);
        }
    }

    /** transaction/check by {@code xact_id} or {@code reference_no}: every attempt, failed ones too. */
    Reply check(PaynetCall call) {
        String xactId = call.text("xact_id");
        String reference = call.text("reference_no");
        if (xactId == null && reference == null) {
            return call.error(11, "xact_id ya da reference_no zorunludur");
        }
        synchronized (ledger) {
            var data = SimulatorJson.array();
            (xactId != null ? java.util.stream.Stream.ofNullable(ledger.transaction(call.merchantKey(), xactId))
                    : ledger.byReference(call.merchantKey(), reference).stream())
                    .forEach(t -> data.add(PaynetWire.check(t).builder()));
            var found = data.build();
            return found.isEmpty() ? call.error(12, "Kayıt bulunamadı")
                    : call.ok(SimulatorJson.fields().put("Data", found));
        }
    }

    private static Reply answer(PaynetCall call, PaynetTransaction t, int code, String message) {
        return Reply.json(200, PaynetWire.charge(t).put("object_name", call.objectName()).put("code", code)
                .put("message", message).json());
    }

    private static Reply checkCard(PaynetCall call, PaynetSession.Card card, boolean kept) {
        if (card.holder() == null || !CardNumbers.valid(card.pan()) || card.month() == null || card.year() == null
                || !card.month().matches("\\d{1,2}") || !card.year().matches("\\d{2}|\\d{4}")
                || !kept && call.text("cvc") == null) {
            return call.error(18, "Kart bilgileri hatalı");
        }
        int month = Integer.parseInt(card.month());
        int year = Integer.parseInt(card.year()) + (card.year().length() == 2 ? 2000 : 0);
        ZonedDateTime now = call.now().atZone(PaynetTransaction.ISTANBUL);
        if (month < 1 || month > 12 || year < now.getYear() || year == now.getYear() && month < now.getMonthValue()) {
            return call.error(22, "Son kullanma tarihi hatalı");
        }
        return null;
    }
}
