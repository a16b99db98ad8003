package io.kervan.webkit.render;

import io.kervan.webkit.assets.Assets;
import io.kervan.webkit.http.HtmlResponse;
import io.kervan.webkit.i18n.Formats;
import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WAR's pages set up once, at start: its precompiled templates, its texts (its own bundles, then the kit's),
 * its static files, and money and dates per language in {@code kervan.pages.time-zone}. Each WAR has one
 * application-scoped subclass that names only what is its own (the storefront's {@code Storefront}, the panel's
 * {@code AdminPanel}).
 */
public abstract class PageKit {

    @Inject
    @ConfigProperty(name = "kervan.pages.time-zone", defaultValue = "Europe/Istanbul")
    String timeZone;

    private final Class<?> war;
    private final String templatePackage;
    private final List<String> bundles;
    private final String assetPrefix;
    private final List<String> assetNames;
    private final Map<Language, Formats> formats = new EnumMap<>(Language.class);
    private Templates templates;
    private Messages messages;
    private Assets assets;
    private ZoneId zone;

    /**
     * @param war             a class of the WAR, whose class loader holds its templates, texts and assets
     * @param templatePackage where jte precompiled the WAR's templates
     * @param bundles         the WAR's text bundles, looked up in this order before the kit's
     * @param assetPrefix     where the WAR serves its assets, such as {@code /assets/}
     * @param assetNames      the files under {@code assets/} on its class path (its own and the kit's)
     */
    protected PageKit(Class<?> war, String templatePackage, List<String> bundles, String assetPrefix,
                      List<String> assetNames) {
        this.war = war;
        this.templatePackage = templatePackage;
        this.bundles = List.copyOf(bundles);
        this.assetPrefix = assetPrefix;
        this.assetNames = List.copyOf(assetNames);
    }

    @PostConstruct
    void load() {
        ClassLoader loader = war.getClassLoader();
        templates = new Templates(loader, templatePackage);
        messages = new Messages(loader, bundles.toArray(String[]::new));
        assets = new Assets(assetPrefix, loader, assetNames.toArray(String[]::new));
        zone = ZoneId.of(timeZone);
        for (Language language : Language.values()) {
            formats.put(language, new Formats(language, zone));
        }
    }

    /** What a whole page's template gets: {@code f}, {@code meta}, {@code chrome} (the WAR's) and {@code page}. */
    public static Map<String, Object> wholePage(Frame frame, Meta meta, Object chrome, Object page) {
        Map<String, Object> params = new HashMap<>();
        params.put("f", frame);
        params.put("meta", meta);
        params.put("chrome", chrome);
        params.put("page", page);
        return params;
    }

    /** {@code template} rendered in full, then sent with its length (see {@link HtmlResponse#send}). */
    public void send(HttpServletRequest request, HttpServletResponse response, int status, String template,
                     Map<String, Object> params, String nonce) throws IOException {
        HtmlResponse.send(request, response, status, templates.render(template, params), nonce);
    }

    public Templates templates() {
        return templates;
    }

    public Messages messages() {
        return messages;
    }

    public Assets assets() {
        return assets;
    }

    public Formats formats(Language language) {
        return formats.get(language);
    }

    public ZoneId zone() {
        return zone;
    }
}
