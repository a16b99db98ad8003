package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * iyzico's installment table for one card ({@code /payment/iyzipos/installment} with {@code binNumber} and
 * {@code price}): {@code installmentDetails[].installmentPrices[]} of {@code installmentNumber},
 * {@code installmentPrice} (a month's share) and {@code totalPrice} (what the card is charged). iyzico signs no field of
 * this answer (its SDK verifies payment, checkout form and refund answers only), so the table is believed only for the
 * BIN and price asked, and the charge it leads to is checked again in the signed payment answer ({@code paidPrice}).
 */
final class IyzicoInstallments {

    private IyzicoInstallments() {
    }

    static List<InstallmentOption> read(IyzicoAnswer answer, String bin, Money amount) {
        if (!answer.succeeded()) {
            throw new ProviderRefusedException("iyzico did not give the card's installments: " + answer.error());
        }
        JsonObject detail = answer.objects("installmentDetails").stream()
                .filter(d -> bin.equals(IyzicoAnswer.text(d, "binNumber"))).findFirst().orElse(null);
        if (detail == null) {
            // a card iyzico has no table for (a foreign or debit card) pays at once
            return List.of(InstallmentOption.single(amount));
        }
        String price = IyzicoAnswer.text(detail, "price");
        if (price == null || new BigDecimal(price).compareTo(amount.amount()) != 0) {
            throw new ProviderRefusedException("iyzico answered the installments of another price");
        }
        List<InstallmentOption> options = new ArrayList<>();
        options.add(InstallmentOption.single(amount));
        if (detail.get("installmentPrices") instanceof JsonArray prices) {
            prices.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                    .map(p -> option(p, amount.currency())).filter(o -> o.count() > 1).forEach(options::add);
        }
        options.sort(Comparator.comparingInt(InstallmentOption::count));
        return List.copyOf(options);
    }

    private static InstallmentOption option(JsonObject price, String currency) {
        String count = IyzicoAnswer.text(price, "installmentNumber");
        String monthly = IyzicoAnswer.text(price, "installmentPrice");
        String total = IyzicoAnswer.text(price, "totalPrice");
        if (count == null || !count.matches("\\d{1,2}") || monthly == null || total == null) {
            throw new ProviderRefusedException("iyzico answered an installment option without its count or prices");
        }
        try {
            return InstallmentOption.stated(Integer.parseInt(count), new BigDecimal(monthly), new BigDecimal(total),
                    currency);
        } catch (NumberFormatException e) {
            throw new ProviderRefusedException("iyzico answered an installment price that is not a number");
        }
    }
}
