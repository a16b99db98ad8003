package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import static io.kervan.devkit.simulators.SimulatorJson.fields;

/**
 * The PAYNET simulator's state as PAYNET's JSON (doc.paynet.com.tr: 3D ile ödeme, Ödeme Kontrol, İade Listesi, Oran
 * Tablosu, Kart Listesi): snake_case names, amounts as decimal numbers, PAYNET's spellings ({@code comission}).
 */
final class PaynetWire {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(PaynetTransaction.ISTANBUL);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(PaynetTransaction.ISTANBUL);

    private PaynetWire() {
    }

    /** tds_charge's answer: the transaction, and the saved card when one was kept. */
    static SimulatorJson.Fields charge(PaynetTransaction t) {
        PaynetSession s = t.session;
        SimulatorJson.Fields body = fields().put("id", t.id).put("xact_id", t.xactId)
                .put("xact_date", DATE_TIME.format(t.at)).put("transaction_type", 1).put("pos_type", 5)
                .put("agent_id", "10031")
                .put("user_id", "PaynetJ").put("email", s.email).put("phone", s.phone)
                .put("instalment", t.quote.instalment()).put("ratio", t.quote.ratio())
                .put("card_no_masked", CardNumbers.masked(s.pan)).put("card_holder", s.holder)
                .put("card_type", PaynetRatios.cardType(s.pan)).put("amount", t.amount())
                .put("net_amount", t.quote.netAmount()).put("comission", t.quote.commission())
                .put("comission_tax", t.quote.commissionTax()).put("currency", "TRY").put("bank_id", s.bankId)
                .put("bank_name", s.bankName).put("bank_authorization_code", t.authorizationCode)
                .put("bank_reference_code", t.bankReferenceCode).put("bank_order_id", t.bankOrderId)
                .put("is_succeed", t.succeeded).put("is_tds", true).put("md_status", s.mdStatus)
                .put("reference_no", s.referenceNo).put("xact_transaction_id", t.xactTransactionId);
        if (!t.succeeded) {
            body.put("paynet_error_id", String.valueOf(t.code)).put("paynet_error_message", t.message)
                    .put("bank_error_id", t.bankErrorId).put("bank_error_message", t.bankErrorId == null ? null
                            : t.message);
        }
        if (s.saveCard != null) {
            PaynetCard card = t.savedCard;
            body.put("is_save_card_succeed", card != null)
                    .put("save_card_result_message", card != null ? "Kart saklandı" : "Kart saklanamadı")
                    .put("card_hash", card == null ? null : card.cardHash())
                    .put("card_owner_id", card == null ? null : card.cardOwnerId())
                    .put("user_unique_id", card == null ? null : card.userUniqueId());
        }
        return body;
    }

    /** One entry of transaction/check's {@code Data[]}. */
    static SimulatorJson.Fields check(PaynetTransaction t) {
        PaynetSession s = t.session;
        return fields().put("xact_id", t.xactId).put("id", t.id).put("xact_date", DATE_TIME.format(t.at))
                .put("transaction_type", "1").put("pos_type", "5").put("is_tds", true).put("agent_id", "10031")
                .put("note", s.description).put("ratio", t.quote.ratio()).put("agent_reference", s.referenceNo)
                .put("bank_id", s.bankId).put("instalment", t.quote.instalment())
                .put("card_type", PaynetRatios.cardType(s.pan)).put("card_no", CardNumbers.masked(s.pan))
                .put("card_holder", s.holder).put("amount", t.amount()).put("net_amount", t.quote.netAmount())
                .put("netAmount", t.quote.netAmount()).put("comission", t.quote.commission())
                .put("comission_tax", t.quote.commissionTax()).put("currency", "TRY")
                .put("authorization_code", t.authorizationCode).put("reference_code", t.bankReferenceCode)
                .put("order_id", t.bankOrderId).put("is_succeed", t.succeeded)
                .put("xact_transaction_id", t.xactTransactionId).put("email", s.email).put("phone", s.phone);
    }

    /** One entry of reversal_list's {@code Data[]}. */
    static SimulatorJson.Fields reversal(PaynetTransaction t, PaynetTransaction.Reversal r) {
        return fields().put("id", String.valueOf(t.id)).put("xact_date", DAY.format(t.at))
                .put("entry_date", DAY.format(r.at)).put("agent_id", "10031").put("xact_id", t.xactId)
                .put("reversed_xact_id", r.reversedXactId).put("reversed_id", String.valueOf(r.id))
                .put("bank_id", t.session.bankId).put("bank_name", t.session.bankName)
                .put("card_no", CardNumbers.masked(t.session.pan)).put("card_holder", t.session.holder)
                .put("xact_amount", t.amount()).put("amount", r.amount).put("status", r.status)
                .put("note", r.note);
    }

    /** One row of a bank's rate table. */
    static SimulatorJson.Fields ratio(String bankId, PaynetRatios.Quote q, BigDecimal amount) {
        boolean priced = amount != null;
        return fields().put("ratio", q.ratio()).put("instalment_key", "ik_" + bankId + "_" + q.instalment())
                .put("instalment", q.instalment()).put("instalment_amount", priced ? q.instalmentAmount() : null)
                .put("total_net_amount", priced ? q.netAmount() : null)
                .put("total_amount", priced ? q.totalAmount() : null)
                .put("comission", priced ? q.commission() : null)
                .put("comission_tax", priced ? q.commissionTax() : null)
                .put("commission", priced ? q.commission() : null)
                .put("commission_tax", priced ? q.commissionTax() : null)
                .put("desc", q.instalment() == 1 ? "Tek Çekim" : q.instalment() + " Taksit").put("ratio_code", null);
    }

    static SimulatorJson.Fields card(PaynetCard c) {
        PaynetRatios.Bank bank = PaynetRatios.bank(c.pan());
        return fields().put("company_code", "10031").put("agent_id", "10031").put("user_unique_id", c.userUniqueId())
                .put("card_owner_id", c.cardOwnerId()).put("card_hash", c.cardHash()).put("card_desc", c.description())
                .put("card_holder", c.holder()).put("card_no", c.masked()).put("card_no_masked", c.masked())
                .put("card_bin", c.pan().substring(0, 6)).put("card_bin_no", c.pan().substring(0, 6))
                .put("card_type", PaynetRatios.cardType(c.pan())).put("card_bank_id", bank.id())
                .put("card_bank_name", bank.name()).put("card_brand_name", c.pan().startsWith("4") ? "VISA"
                        : c.pan().startsWith("3") ? "AMEX" : "MASTERCARD")
                .put("expire_month", Integer.parseInt(c.month())).put("expire_year", Integer.parseInt(c.year()));
    }
}
