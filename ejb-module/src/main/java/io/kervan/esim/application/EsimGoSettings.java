package io.kervan.esim.application;

import io.kervan.esim.domain.MarkupRule;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;

import java.util.Currency;
import java.util.UUID;

/**
 * A shop's eSIM Go integration as the eSIM capability uses it: the account to call (the endpoint of the current mode,
 * {@code api_key} of that mode) and how bundles are priced ({@code config}: {@link MarkupRule}, and {@code currency},
 * the eSIM Go organisation's currency that prices are in, USD unless set).
 */
public record EsimGoSettings(UUID integrationId, ProviderAccount account, MarkupRule markup, Currency currency) {

    public static EsimGoSettings of(ProviderAccount connected) {
        Secret key = connected.credentials().get("api_key");
        if (key == null) {
            throw new InvalidInputException("api_key", "The eSIM Go integration has no api_key for "
                    + connected.mode().name().toLowerCase(java.util.Locale.ROOT) + " mode; set it first");
        }
        Object currency = connected.config().getOrDefault("currency", "USD");
        return new EsimGoSettings(connected.integrationId(), connected, MarkupRule.of(connected.config()),
                currencyOf(currency.toString()));
    }

    private static Currency currencyOf(String code) {
        try {
            return Money.currency(code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("config.currency",
                    "config.currency must be the ISO 4217 code of the eSIM Go account's currency, such as USD");
        }
    }

    @Override
    public String toString() {
        return "EsimGoSettings[" + integrationId + ", " + account + "]";
    }
}
