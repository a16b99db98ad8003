package io.kervan.integrations.domain;

import java.util.Locale;

/**
 * The providers a shop can connect; each has one adapter package. {@code TELEGRAM} is the shop's bot, whose token
 * verifies Telegram sign-ins.
 */
public enum ProviderType {
    STRIPE, KUVEYT, SANDBOX, IYZICO, PAYNET, ESIMGO, TELEGRAM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
