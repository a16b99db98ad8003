package io.kervan.payments.application;

import io.kervan.payments.provider.InstallmentOption;

/**
 * An installment option as the API shows it: {@code count} monthly payments of {@code monthly}, {@code total} in all,
 * amounts as decimal strings. {@code total} is what the card is charged.
 */
public record InstallmentView(int count, String monthly, String total, String currency) {

    static InstallmentView of(InstallmentOption option) {
        return new InstallmentView(option.count(), option.monthly().toPlainString(), option.total().toPlainString(),
                option.total().currency());
    }
}
