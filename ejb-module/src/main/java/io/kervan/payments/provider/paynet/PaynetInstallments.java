package io.kervan.payments.provider.paynet;

import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PAYNET's rate table ({@code ratio/Get} with {@code bin} and {@code amount}) as instalment options: each row of the
 * card's bank gives the count, the monthly amount and the total as PAYNET priced them. Kervan asks without adding the
 * fee to the amount (the shop pays PAYNET's fee, as tds_initial is sent), so the total is what the card is charged.
 * A row without amounts is priced as PAYNET does: monthly = total / count, to the kuruş, half up. One payment is
 * always offered.
 */
final class PaynetInstallments {

    private PaynetInstallments() {
    }

    static List<InstallmentOption> options(JsonObject answer, Money amount) {
        if (PaynetJson.code(answer) != 0) {
            throw new ProviderRefusedException("PAYNET refused the rate table: " + PaynetJson.describe(answer));
        }
        Map<Integer, InstallmentOption> byCount = new TreeMap<>();
        byCount.put(1, InstallmentOption.single(amount));
        List<JsonValue> banks = answer.containsKey("data") ? answer.getJsonArray("data") : List.of();
        // Asked with a BIN, the table has one bank: the card's.
        banks.stream().limit(1).map(JsonValue::asJsonObject).filter(bank -> bank.containsKey("ratio"))
                .flatMap(bank -> bank.getJsonArray("ratio").stream())
                .map(JsonValue::asJsonObject).forEach(row -> {
                    InstallmentOption option = option(row, amount);
                    if (option != null) {
                        byCount.put(option.count(), option);
                    }
                });
        return List.copyOf(byCount.values());
    }

    private static InstallmentOption option(JsonObject row, Money amount) {
        String count = PaynetJson.text(row, "instalment");
        if (count == null || !count.matches("\\d{1,2}") || Integer.parseInt(count) < 1) {
            return null;
        }
        int n = Integer.parseInt(count);
        Money total = PaynetJson.amount(row, "total_amount");
        Money monthly = PaynetJson.amount(row, "instalment_amount");
        if (total == null || monthly == null) {
            total = amount;
            monthly = Money.of(amount.amount().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP),
                    PaynetJson.CURRENCY);
        }
        return new InstallmentOption(n, monthly, total);
    }
}
