package io.kervan.web.storefront;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The world's countries by ISO 3166 code, named and sorted in a page's language, for country fields. */
public final class Countries {

    /** One option of a country field. */
    public record Country(String code, String name) {
    }

    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Countries() {
    }

    public static List<Country> in(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), code -> {
            Collator collator = Collator.getInstance(language);
            return Arrays.stream(Locale.getISOCountries())
                    .map(iso -> new Country(iso, new Locale("", iso).getDisplayCountry(language)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }

    public static boolean exists(String code) {
        return code != null && Arrays.asList(Locale.getISOCountries()).contains(code);
    }
}
