package io.kervan.webkit.i18n;

import gg.jte.support.LocalizationSupport;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.regex.Matcher;

/**
 * A page's texts in one language, looked up in the WAR's bundles and then the kit's. In templates
 * {@code t.localize("key", value)} writes the text as markup and each value escaped; {@link #text} gives plain text
 * for attributes, titles and Java code. Placeholders are jte's {@code {0}}, not {@code MessageFormat}'s, so an
 * apostrophe ({@code eSIM'iniz}) is written as it is.
 */
public final class Texts implements LocalizationSupport {

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    Texts(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code tr}, {@code en} or {@code ru}: the page's {@code lang}. */
    public String language() {
        return locale.getLanguage();
    }

    @Override
    public String lookup(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        LOG.warning(() -> "No text for " + key + " in " + locale);
        return key;
    }

    /** The text with {@code {n}} replaced by the values as they are (the caller escapes, as jte does). */
    public String text(String key, Object... values) {
        String text = lookup(key);
        if (values.length == 0) {
            return text;
        }
        Matcher placeholder = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(
                    index < values.length && values[index] != null ? String.valueOf(values[index]) : ""));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    /** Whether the bundles hold {@code key}: for texts that exist for some codes only (error messages). */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No texts " + baseName + " on the class path", e);
        }
    }
}
