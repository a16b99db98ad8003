package io.kervan.integrations.domain;

import java.util.Locale;

/** The providers a shop can connect; each has one adapter package. */
public enum ProviderType {
    STRIPE, KUVEYT, SANDBOX, IYZICO, PAYNET, ESIMGO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
