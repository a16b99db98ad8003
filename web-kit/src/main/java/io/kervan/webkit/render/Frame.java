package io.kervan.webkit.render;

import gg.jte.Content;
import io.kervan.webkit.assets.Assets;
import io.kervan.webkit.i18n.Formats;
import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.i18n.Texts;

import java.time.Instant;
import java.util.List;

/**
 * What every page's template gets besides its own model: texts and formats in the visitor's language, the theme, the
 * form token, the nonce of this response's inline style, and the addresses of the static assets. One per request.
 */
public final class Frame {

    private final Texts texts;
    private final Formats formats;
    private final Theme theme;
    private final String csrf;
    private final String nonce;
    private final Assets assets;
    private final String path;
    private final String base;
    private final List<Language> languages;

    public Frame(Texts texts, Formats formats, Theme theme, String csrf, String nonce, Assets assets, String path) {
        this(texts, formats, theme, csrf, nonce, assets, path, "", List.of(Language.values()));
    }

    /**
     * @param base      the context path of the WAR the pages belong to: "" for the storefront, {@code /admin}
     * @param languages the languages the WAR's pages speak, as its language switch offers them
     */
    public Frame(Texts texts, Formats formats, Theme theme, String csrf, String nonce, Assets assets, String path,
                 String base, List<Language> languages) {
        this.base = base;
        this.languages = List.copyOf(languages);
        this.texts = texts;
        this.formats = formats;
        this.theme = theme;
        this.csrf = csrf;
        this.nonce = nonce;
        this.assets = assets;
        this.path = path;
    }

    /** A text as markup, each value escaped. */
    public Content tr(String key, Object... values) {
        return values.length == 0 ? texts.localize(key) : texts.localize(key, values);
    }

    /** A text as plain text (for attributes and titles; the template escapes it). */
    public String text(String key, Object... values) {
        return texts.text(key, values);
    }

    public String money(String amount, String currency) {
        return formats.money(amount, currency);
    }

    public String date(Instant instant) {
        return formats.date(instant);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String iso(Instant instant) {
        return formats.iso(instant);
    }

    public String lang() {
        return texts.language();
    }

    public List<Language> languages() {
        return languages;
    }

    public Texts texts() {
        return texts;
    }

    public Formats formats() {
        return formats;
    }

    public Theme theme() {
        return theme;
    }

    public String csrf() {
        return csrf;
    }

    public String nonce() {
        return nonce;
    }

    public String asset(String name) {
        return assets.url(name);
    }

    /** Where the WAR's own addresses start ("" or {@code /admin}), for the kit's forms such as the language switch. */
    public String base() {
        return base;
    }

    /** The path of the page being shown, for links and forms that come back to it. */
    public String path() {
        return path;
    }
}
