package io.kervan.webkit.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages pages speak, in the order the switch offers them. */
public enum Language {
    TR("Türkçe"), EN("English"), RU("Русский");

    private final String ownName;

    Language(String ownName) {
        this.ownName = ownName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in itself, as a switch shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(wanted)).findFirst();
    }

    /**
     * The visitor's language: the one they chose (a cookie), else the first the browser accepts, else the shop's.
     *
     * @param acceptLanguage the Accept-Language header, or null
     */
    public static Language choose(String chosen, String acceptLanguage, Locale shopDefault) {
        Optional<Language> pick = of(chosen);
        if (pick.isEmpty() && acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                pick = Locale.LanguageRange.parse(acceptLanguage).stream()
                        .filter(range -> range.getWeight() > 0)
                        .map(range -> of(range.getRange().split("-")[0]))
                        .flatMap(Optional::stream).findFirst();
            } catch (IllegalArgumentException malformed) {
                pick = Optional.empty();
            }
        }
        return pick.orElseGet(() -> of(shopDefault.getLanguage()).orElse(TR));
    }
}
