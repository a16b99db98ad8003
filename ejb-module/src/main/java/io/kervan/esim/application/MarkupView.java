package io.kervan.esim.application;

import io.kervan.esim.domain.MarkupRule;

import java.math.BigDecimal;

/**
 * The shop's eSIM markup as staff read it: the rule's settings ({@code ending} null when prices are rounded to
 * {@code step}), the currency bundles are priced in, and what a bundle costing 10 sells for.
 */
public record MarkupView(BigDecimal percent, BigDecimal fixed, BigDecimal step, BigDecimal ending, String currency,
                         BigDecimal priceOfTen) {

    static MarkupView of(EsimGoSettings settings) {
        MarkupRule rule = settings.markup();
        return new MarkupView(rule.percent(), rule.fixed(), rule.step(), rule.ending(),
                settings.currency().getCurrencyCode(),
                rule.priceFor(BigDecimal.TEN, settings.currency().getDefaultFractionDigits()));
    }
}
