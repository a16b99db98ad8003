package io.kervan.webkit.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One WAR's texts in every language it speaks: its own bundles first, then the kit's ({@code io.kervan.webkit.kit}).
 * Each bundle's base file is English; a language whose file lacks a text (Russian, where no translation exists yet)
 * shows the English one. Create it once per WAR.
 */
public final class Messages {

    private static final String KIT = "io.kervan.webkit.kit";

    private final ClassLoader loader;
    private final List<String> baseNames;
    private final Map<String, Texts> byLanguage = new ConcurrentHashMap<>();

    public Messages(ClassLoader warClassLoader, String... warBaseNames) {
        this.loader = warClassLoader;
        List<String> names = new ArrayList<>(List.of(warBaseNames));
        names.add(KIT);
        this.baseNames = List.copyOf(names);
    }

    public Texts in(Language language) {
        return byLanguage.computeIfAbsent(language.code(), code -> {
            Locale locale = language.locale();
            List<ResourceBundle> bundles = baseNames.stream().map(n -> Texts.bundle(n, locale, loader)).toList();
            return new Texts(locale, bundles);
        });
    }
}
