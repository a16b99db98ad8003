package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * PAYNET's services around a payment: refund requests ({@code reversed_request}, reviewed, so they wait) and their
 * list, the rate table ({@code ratio/Get}), and kept cards ({@code card/list}, {@code card/delete}).
 */
final class PaynetServices {

    private final PaynetLedger ledger;
    private final String baseUrl;

    PaynetServices(PaynetLedger ledger, String baseUrl) {
        this.ledger = ledger;
        this.baseUrl = baseUrl;
    }

    /** {@code amount} in kuruş as a string ("1000" is 10,00 TL); absent or "0" asks for all of it. */
    Reply reversedRequest(PaynetCall call) {
        String xactId = call.text("xact_id");
        if (xactId == null) {
            return call.error(11, "xact_id zorunludur");
        }
        String kurus = call.text("amount");
        if (kurus != null && !kurus.matches("\\d{1,14}")) {
            return call.error(11, "amount, tutarın 100 ile çarpılmış hali olmalıdır (\"10,00 TL\" => \"1000\")");
        }
        synchronized (ledger) {
            PaynetTransaction t = ledger.transaction(call.merchantKey(), xactId);
            if (t == null) {
                return call.error(12, "İşlem bulunamadı");
            }
            BigDecimal amount = kurus == null || Long.parseLong(kurus) == 0 ? t.amount()
                    : new BigDecimal(kurus).movePointLeft(2);
            String refused = t.requestReversal(amount, call.now(), new PaynetTransaction.Reversal(ledger.nextId(),
                    PaynetLedger.xactId(), amount, call.now(), call.text("succeedUrl")));
            return refused != null ? call.error(1, refused) : call.ok(SimulatorJson.fields());
        }
    }

    /** {@code reversal_list} between {@code datab} and {@code datbi} (days, yyyy-MM-dd or dd.MM.yyyy). */
    Reply reversalList(PaynetCall call) {
        LocalDate from = day(call.text("datab"));
        LocalDate to = day(call.text("datbi"));
        if (from == null || to == null) {
            return call.error(11, "datab ve datbi zorunludur (yyyy-MM-dd)");
        }
        int limit = number(call.text("limit"), 10);
        int after = number(call.text("starting_after"), 0);
        synchronized (ledger) {
            List<SimulatorJson.Fields> rows = new ArrayList<>();
            for (PaynetTransaction t : ledger.transactions(call.merchantKey())) {
                for (PaynetTransaction.Reversal r : t.reversals) {
                    LocalDate entry = r.at.atZone(PaynetTransaction.ISTANBUL).toLocalDate();
                    if (!entry.isBefore(from) && !entry.isAfter(to)) {
                        rows.add(PaynetWire.reversal(t, r));
                    }
                }
            }
            var data = SimulatorJson.array();
            rows.stream().skip(after).limit(limit).forEach(row -> data.add(row.builder()));
            return call.ok(SimulatorJson.fields().put("total", rows.size())
                    .put("total_count", Math.max(0, Math.min(limit, rows.size() - after))).put("limit", limit)
                    .put("ending_before", 0).put("starting_after", after).put("has_more", after + limit < rows.size())
                    .put("Data", data));
        }
    }

    /** {@code ratio/Get}: one bank's rows for a BIN, or every bank's; amounts when {@code amount} is given. */
    Reply ratios(PaynetCall call) {
        String bin = call.text("bin");
        BigDecimal amount;
        try {
            amount = amount(call);
        } catch (NumberFormatException notANumber) {
            return call.error(11, "amount hatalı");
        }
        if (bin != null && !bin.matches("\\d{6,8}")) {
            return call.error(14, "Geçersiz bin");
        }
        boolean add = call.flag("addcomission_to_amount");
        var data = SimulatorJson.array();
        List<PaynetRatios.Bank> banks = bin == null ? PaynetRatios.banks() : List.of(PaynetRatios.bank(bin));
        for (PaynetRatios.Bank bank : banks) {
            boolean debit = bin != null && PaynetRatios.debit(bin);
            var rows = SimulatorJson.array();
            PaynetRatios.quotes(bank, debit, amount == null ? BigDecimal.ZERO : amount, add).values()
                    .forEach(q -> rows.add(PaynetWire.ratio(bank.id(), q, amount).builder()));
            data.add(SimulatorJson.fields().put("bank_id", bank.id())
                    .put("bank_logo", baseUrl + "/paynet/logo/" + bank.id() + ".png").put("bank_name", bank.name())
                    .put("card_type", debit ? "dc" : "cc").put("tds_required", false).put("ratio", rows).builder());
        }
        return call.ok(SimulatorJson.fields().put("data", data));
    }

    Reply cards(PaynetCall call) {
        String owner = call.text("card_owner_id");
        if (owner == null) {
            return call.error(11, "card_owner_id zorunludur");
        }
        synchronized (ledger) {
            if (!ledger.ownerKnown(call.merchantKey(), owner)) {
                return call.error(12, "Kayıt bulunamadı");
            }
            List<PaynetCard> cards = ledger.cards(call.merchantKey(), owner);
            var data = SimulatorJson.array();
            cards.forEach(c -> data.add(PaynetWire.card(c).builder()));
            return call.ok(SimulatorJson.fields().put("total", cards.size()).put("total_count", cards.size())
                    .put("limit", 10).put("ending_before", 0).put("starting_after", 0).put("has_more", false)
                    .put("Data", data));
        }
    }

    Reply deleteCard(PaynetCall call) {
        if (call.text("card_owner_id") == null || call.text("card_hash") == null) {
            return call.error(11, "card_owner_id ve card_hash zorunludur");
        }
        synchronized (ledger) {
            return ledger.forget(call.merchantKey(), call.text("card_owner_id"), call.text("card_hash"))
                    ? call.ok(SimulatorJson.fields()) : call.error(25, "Kart bulunamadı");
        }
    }

    /** The table's amount is a decimal (docs); a comma or a dot before the kuruş both read. */
    private static BigDecimal amount(PaynetCall call) {
        if (call.text("amount") == null) {
            return null;
        }
        try {
            return call.commaAmount("amount");
        } catch (NumberFormatException notCommaDecimal) {
            return SimulatorJson.decimal(call.body(), "amount");
        }
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern(
                "dd.MM.yyyy"))) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, format);
            } catch (DateTimeParseException next) {
                // the other format
            }
        }
        return null;
    }

    private static int number(String text, int otherwise) {
        return text != null && text.matches("\\d{1,4}") ? Integer.parseInt(text) : otherwise;
    }
}
