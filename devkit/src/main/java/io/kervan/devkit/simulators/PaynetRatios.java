package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PAYNET's rate table as the simulator keeps it: banks by PAYNET's four-letter {@code bank_id} ({@code AXSS} is in
 * PAYNET's documents; the others and every rate are the simulator's own), the BINs each bank issues, and a service
 * fee rate per installment count. A debit card or a BIN no bank claims pays in one installment only.
 */
final class PaynetRatios {

    /** A bank of the table; {@code debitBins} pay in one installment. */
    record Bank(String id, String name, List<String> creditBins, List<String> debitBins, Map<Integer, String> rates) {
    }

    /** One row of a bank's table for an amount: what the card pays, what the merchant nets. */
    record Quote(int instalment, BigDecimal ratio, BigDecimal totalAmount, BigDecimal instalmentAmount,
                 BigDecimal commission, BigDecimal commissionTax, BigDecimal netAmount) {
    }

    static final BigDecimal TAX_RATE = new BigDecimal("0.05");
    static final Bank OTHER = new Bank("OTHR", "Diğer Bankalar", List.of(), List.of(), Map.of(1, "0.0229"));
    private static final Map<String, Bank> BANKS = new LinkedHashMap<>();

    static {
        add(new Bank("AXSS", "Akbank Axess", List.of("552608"), List.of("589004"),
                Map.of(1, "0.0199", 2, "0.0349", 3, "0.0449", 6, "0.0749", 9, "0.1049")));
        add(new Bank("BONS", "Garanti BBVA Bonus", List.of("540036", "554960", "460345", "374427"), List.of("517041"),
                Map.of(1, "0.0189", 2, "0.0329", 3, "0.0429", 6, "0.0729", 9, "0.0999", 12, "0.1299")));
        add(new Bank("WRLD", "Yapı Kredi World", List.of("545103", "415792"), List.of("516888"),
                Map.of(1, "0.0199", 2, "0.0339", 3, "0.0439", 6, "0.0739")));
        add(new Bank("MAXM", "İş Bankası Maximum", List.of("454359"), List.of("589283"),
                Map.of(1, "0.0209", 2, "0.0359", 3, "0.0459", 6, "0.0759", 9, "0.1059")));
    }

    private PaynetRatios() {
    }

    static List<Bank> banks() {
        return List.copyOf(BANKS.values());
    }

    static Bank bank(String pan) {
        String bin = pan.substring(0, 6);
        return BANKS.values().stream().filter(b -> b.creditBins().contains(bin) || b.debitBins().contains(bin))
                .findFirst().orElse(OTHER);
    }

    static boolean debit(String pan) {
        return BANKS.values().stream().anyMatch(b -> b.debitBins().contains(pan.substring(0, 6)));
    }

    /** PAYNET's card type: {@code cc} credit, {@code dc} debit. */
    static String cardType(String pan) {
        return debit(pan) ? "dc" : "cc";
    }

    /**
     * The rows a card (or, for the table without a BIN, a bank's credit cards) is offered for {@code amount}. With
     * {@code addToAmount} the fee is added to what the card pays (amount x (1 + ratio)); otherwise the card pays the
     * amount and the fee comes off the merchant's net. The fee's tax is 5% of the fee; all to the kuruş, half up.
     */
    static Map<Integer, Quote> quotes(Bank bank, boolean debitCard, BigDecimal amount, boolean addToAmount) {
        Map<Integer, Quote> quotes = new TreeMap<>();
        bank.rates().forEach((instalment, rate) -> {
            if (instalment == 1 || !debitCard) {
                quotes.put(instalment, quote(instalment, new BigDecimal(rate), amount, addToAmount));
            }
        });
        return quotes;
    }

    private static Quote quote(int instalment, BigDecimal ratio, BigDecimal amount, boolean addToAmount) {
        BigDecimal total = addToAmount ? amount.multiply(BigDecimal.ONE.add(ratio)).setScale(2, RoundingMode.HALF_UP)
                : amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal commission = addToAmount ? total.subtract(amount)
                : amount.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = commission.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
        return new Quote(instalment, ratio, total, total.divide(BigDecimal.valueOf(instalment), 2,
                RoundingMode.HALF_UP), commission, tax, total.subtract(commission).subtract(tax));
    }

    private static void add(Bank bank) {
        BANKS.put(bank.id(), bank);
    }
}
