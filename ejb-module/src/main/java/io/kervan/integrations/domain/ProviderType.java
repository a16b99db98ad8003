package io.kervan.integrations.domain;

import java.util.Locale;

/**
 * The providers a shop can connect; each has one adapter package. {@code TELEGRAM} is the shop's bot, whose token
 * verifies Telegram sign-ins.
 */
public enum ProviderType {
    STRIPE("Stripe"), KUVEYT("Kuveyt Türk"), SANDBOX("the sandbox gateway"), IYZICO("iyzico"), PAYNET("PAYNET"),
    ESIMGO("eSIM Go"), TELEGRAM("Telegram");

    private final String displayName;

    ProviderType(String displayName) {
        this.displayName = displayName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The provider's name as people write it, for messages. */
    public String displayName() {
        return displayName;
    }
}
