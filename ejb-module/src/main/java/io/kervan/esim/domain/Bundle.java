package io.kervan.esim.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bundle of eSIM Go's catalogue: its (case-sensitive) name, which orders use, the countries it covers, its data in
 * MB (1 GB = 1,000 MB; meaningless when {@code unlimited}), how many days it lasts, and what it costs the shop, in the
 * eSIM Go organisation's currency.
 */
public record Bundle(String name, String description, List<Country> countries, int dataMb, int days,
                     boolean unlimited, BigDecimal price) {

    public record Country(String iso, String name, String region) {
    }

    public Bundle {
        countries = List.copyOf(countries);
    }

    public List<String> countryCodes() {
        return countries.stream().map(Country::iso).toList();
    }
}
