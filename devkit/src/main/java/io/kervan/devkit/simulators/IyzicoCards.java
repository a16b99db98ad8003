package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards the iyzico simulator knows: iyzico's published sandbox cards (iyzipay-java README, "Mock test cards")
 * with what their BIN says, what each error card does, and a fixed installment table per card family. Families' rates
 * for Axess, World, Maximum and Paraf are those of iyzico's published installment sample (price 100), so the table can
 * be checked against it; the others are the simulator's own. Debit, foreign and error cards offer a single payment.
 */
final class IyzicoCards {

    /** What a BIN tells: iyzico's cardType, cardAssociation, cardFamilyName, bank; domestic cards pay only in TRY. */
    record Bin(String type, String association, String family, Long bankCode, String bankName, boolean domestic) {
    }

    /** What a card does besides paying: declines with a bank error, or a 3-D Secure step that does not verify. */
    enum Behaviour { PAYS, DECLINES, MD_STATUS_0, MD_STATUS_4, THREEDS_INIT_FAILS, PAYS_NOT_REFUNDABLE }

    private static final Map<String, Bin> BINS = new LinkedHashMap<>();
    private static final Map<String, IyzicoError> DECLINES = Map.ofEntries(
            decline("4111111111111129", "10051", "Kart limiti yetersiz, yetersiz bakiye", "Not sufficient funds",
                    "NOT_SUFFICIENT_FUNDS"),
            decline("4129111111111111", "10005", "İşlem onaylanmadı", "Do not honour", "DO_NOT_HONOUR"),
            decline("4128111111111112", "10012", "Geçersiz işlem", "Invalid transaction", "INVALID_TRANSACTION"),
            decline("4127111111111113", "10041", "Kayıp kart, karta el koyunuz", "Lost card", "LOST_CARD"),
            decline("4126111111111114", "10043", "Çalıntı kart, karta el koyunuz", "Stolen card", "STOLEN_CARD"),
            decline("4125111111111115", "10054", "Son kullanma tarihi hatalı", "Expired card", "EXPIRED_CARD"),
            decline("4124111111111116", "10084", "Cvc2 bilgisi hatalı", "Invalid cvc2", "INVALID_CVC2"),
            decline("4123111111111117", "10057", "Kart sahibi bu işlemi yapamaz", "Not permitted to card holder",
                    "NOT_PERMITTED_TO_CARDHOLDER"),
            decline("4122111111111118", "10058", "Terminalin bu işlemi yapmaya yetkisi yok",
                    "Not permitted to terminal", "NOT_PERMITTED_TO_TERMINAL"),
            decline("4121111111111119", "10034", "Ödeme güvenlik denetimini geçemedi", "Fraud suspect",
                    "FRAUD_SUSPECT"),
            decline("4130111111111118", "10204", "Ödeme işlemi esnasında genel bir hata oluştu", "General error",
                    "UNKNOWN"),
            decline("4151111111111393", "10093", "Kartınız e-ticaret işlemlerine kapalıdır. Bankanızı arayınız.",
                    "Restricted for online transactions", "RESTRICTED_BY_LAW"));
    /** Total to pay per installment count, as a multiple of the price. */
    private static final Map<String, Map<Integer, String>> RATES = Map.of(
            "Axess", Map.of(2, "1.0428", 3, "1.0496", 6, "1.0733", 9, "1.0981"),
            "World", Map.of(2, "1.02", 3, "1.03", 4, "1.04", 5, "1.05", 6, "1.06"),
            "Maximum", Map.of(2, "1.0136", 3, "1.0186", 6, "1.0458", 9, "1.0967"),
            "Paraf", Map.of(2, "1.012", 3, "1.0233", 6, "1.0457", 9, "1.0595"),
            "Bonus", Map.of(2, "1.015", 3, "1.0225", 6, "1.045", 9, "1.0675", 12, "1.09"),
            "CardFinans", Map.of(2, "1.02", 3, "1.03", 6, "1.06"),
            "Advantage", Map.of(2, "1.018", 3, "1.027", 6, "1.054", 9, "1.081"));

    static {
        credit("552608", "MASTER_CARD", "Axess", 46, "Akbank");
        debit("589004", "MASTER_CARD", 46, "Akbank");
        debit("476662", "VISA", 134, "Denizbank");
        credit("460345", "VISA", "Bonus", 134, "Denizbank");
        credit("472915", "VISA", "Bonus", 134, "Denizbank");
        debit("498749", "VISA", 111, "Finansbank");
        credit("531157", "MASTER_CARD", "CardFinans", 111, "Finansbank");
        debit("979202", "TROY", 111, "Finansbank");
        credit("979203", "TROY", "CardFinans", 111, "Finansbank");
        debit("517041", "MASTER_CARD", 62, "Garanti Bankası");
        credit("540036", "MASTER_CARD", "Bonus", 62, "Garanti Bankası");
        credit("374427", "AMERICAN_EXPRESS", "Bonus", 62, "Garanti Bankası");
        credit("554960", "MASTER_CARD", "Bonus", 62, "Garanti Bankası");
        credit("540667", "MASTER_CARD", "Bonus", 62, "Garanti Bankası");
        debit("447505", "VISA", 12, "Halkbank");
        credit("552879", "MASTER_CARD", "Paraf", 12, "Halkbank");
        debit("405903", "VISA", 123, "HSBC Bank");
        credit("550472", "MASTER_CARD", "Advantage", 123, "HSBC Bank");
        debit("589283", "MASTER_CARD", 64, "İş Bankası");
        credit("454359", "VISA", "Maximum", 64, "İş Bankası");
        debit("491005", "VISA", 15, "Vakıfbank");
        credit("415792", "VISA", "World", 15, "Vakıfbank");
        debit("516888", "MASTER_CARD", 67, "Yapı ve Kredi Bankası");
        credit("545103", "MASTER_CARD", "World", 67, "Yapı ve Kredi Bankası");
    }

    private IyzicoCards() {
    }

    /** What iyzico knows of the card's first six digits; a BIN it does not know is a foreign card. */
    static Bin bin(String number) {
        String six = number.substring(0, 6);
        Bin known = BINS.get(six);
        if (known != null) {
            return known;
        }
        // the error cards are domestic Visa credit cards without an installment program
        return six.matches("41[2-5]\\d11|411111") ? new Bin("CREDIT_CARD", "VISA", null, null, null, true)
                : new Bin(null, null, null, null, null, false);
    }

    static Behaviour behaviour(String number) {
        return switch (number) {
            case "4131111111111117" -> Behaviour.MD_STATUS_0;
            case "4141111111111115" -> Behaviour.MD_STATUS_4;
            case "4151111111111112" -> Behaviour.THREEDS_INIT_FAILS;
            case "5406670000000009" -> Behaviour.PAYS_NOT_REFUNDABLE;
            default -> DECLINES.containsKey(number) ? Behaviour.DECLINES : Behaviour.PAYS;
        };
    }

    static IyzicoError decline(String number) {
        return DECLINES.get(number);
    }

    /** The installment counts offered for a family, with the total of each for {@code price}; 1 is always there. */
    static Map<Integer, BigDecimal> totals(String family, BigDecimal price) {
        Map<Integer, BigDecimal> totals = new java.util.TreeMap<>();
        totals.put(1, price);
        RATES.getOrDefault(family == null ? "" : family, Map.of()).forEach((count, rate) ->
                totals.put(count, price.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP)));
        return totals;
    }

    /** One month's share, as iyzico shows it: the total divided by the count, to the kuruş. */
    static BigDecimal monthly(BigDecimal total, int count) {
        return total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** The families with their main bank, for an installment query without a BIN. */
    static List<Bin> families() {
        Map<String, Bin> byFamily = new LinkedHashMap<>();
        BINS.values().stream().filter(b -> b.family() != null).forEach(b -> byFamily.putIfAbsent(b.family(), b));
        return List.copyOf(byFamily.values());
    }

    private static void credit(String bin, String association, String family, long bank, String name) {
        BINS.put(bin, new Bin("CREDIT_CARD", association, family, bank, name, true));
    }

    private static void debit(String bin, String association, long bank, String name) {
        BINS.put(bin, new Bin("DEBIT_CARD", association, null, bank, name, true));
    }

    private static Map.Entry<String, IyzicoError> decline(String card, String code, String tr, String en,
                                                          String group) {
        return Map.entry(card, new IyzicoError(code, tr, en, group));
    }
}
