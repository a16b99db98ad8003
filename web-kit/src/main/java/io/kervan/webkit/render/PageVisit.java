package io.kervan.webkit.render;

import io.kervan.tenancy.domain.TenantRef;
import io.kervan.webkit.http.Cookies;
import io.kervan.webkit.i18n.Formats;
import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.List;

/**
 * One request to a WAR's pages, as both WARs see it: the shop, the visitor's language (their choice kept a year in a
 * cookie of the WAR's own, else their browser's, else the shop's, among the languages the WAR speaks) and the nonce
 * of the response's inline style. Each WAR's request-scoped subclass adds its session and its frame.
 */
public abstract class PageVisit {

    private final String languageCookie;
    private final String cookiePath;
    private final List<Language> languages;
    protected HttpServletRequest request;
    protected HttpServletResponse response;
    protected TenantRef shop;
    protected Language language;
    protected String nonce;

    /**
     * @param languageCookie the cookie that keeps the visitor's choice
     * @param cookiePath     where the WAR's cookies belong: {@code /} or its context root
     * @param languages      the languages the WAR speaks; another choice falls back to English
     */
    protected PageVisit(String languageCookie, String cookiePath, List<Language> languages) {
        this.languageCookie = languageCookie;
        this.cookiePath = cookiePath;
        this.languages = List.copyOf(languages);
    }

    /** The WAR's texts and formats. */
    protected abstract PageKit kit();

    protected void open(HttpServletRequest request, HttpServletResponse response, TenantRef shop) {
        this.request = request;
        this.response = response;
        this.shop = shop;
        Language chosen = Language.choose(Cookies.read(request, languageCookie, cookiePath).orElse(null),
                request.getHeader("Accept-Language"), shop.locale());
        this.language = languages.contains(chosen) ? chosen : Language.EN;
        this.nonce = Cookies.random(16);
    }

    public TenantRef shop() {
        return shop;
    }

    public Language language() {
        return language;
    }

    public Texts texts() {
        return kit().messages().in(language);
    }

    public Formats formats() {
        return kit().formats(language);
    }

    public String nonce() {
        return nonce;
    }

    /** The visitor's choice from the language switch; a language the WAR does not speak changes nothing. */
    public void chooseLanguage(Language chosen) {
        if (!languages.contains(chosen)) {
            return;
        }
        Cookies.write(request, response, languageCookie, chosen.code(), Duration.ofDays(365), cookiePath);
        this.language = chosen;
    }
}
