package io.kervan.esim.application;

import io.kervan.catalog.application.SaleableProduct;
import io.kervan.esim.domain.EsimBundle;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A bundle as the storefront shows it: eSIM Go's name, where it works, its data ({@code data_gb}, 1 GB = 1,000 MB)
 * and days, and the shop's price and product, which the cart takes.
 */
public record BundleView(String name, String description, List<String> countries, BigDecimal dataGb, int dataMb,
                         boolean unlimited, int days, String price, String currency, UUID productId) {

    static BundleView of(EsimBundle b, SaleableProduct product) {
        return new BundleView(b.name(), product.name(), b.countries(),
                gigabytes(b.dataMb()), b.dataMb(), b.isUnlimited(),
                b.days(), product.price().toPlainString(), product.price().currency(), product.id());
    }

    /** 5000 MB is 5, 500 MB 0.5, 10000 MB 10 (never 1E+1). */
    private static BigDecimal gigabytes(int megabytes) {
        BigDecimal gb = BigDecimal.valueOf(megabytes, 3).stripTrailingZeros();
        return gb.scale() < 0 ? gb.setScale(0) : gb;
    }
}
