package io.kervan.admin;

import io.kervan.webkit.assets.Assets;
import io.kervan.webkit.i18n.Formats;
import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.i18n.Messages;
import io.kervan.webkit.render.Templates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the admin panel sets up once, on web-kit as the storefront does: its precompiled templates, its texts (Turkish
 * and English), its static files under {@code /admin/assets/}, and dates in {@code kervan.pages.time-zone}.
 */
@ApplicationScoped
public class AdminPanel {

    /** The WAR's context root: every address of the panel starts with it. */
    public static final String BASE = "/admin";
    /** The languages the panel speaks, in the order its switch offers them. */
    public static final List<Language> LANGUAGES = List.of(Language.TR, Language.EN);

    @Inject
    @ConfigProperty(name = "kervan.pages.time-zone", defaultValue = "Europe/Istanbul")
    String timeZone;

    private Templates templates;
    private Messages messages;
    private Assets assets;
    private ZoneId zone;
    private final Map<Language, Formats> formats = new EnumMap<>(Language.class);

    @PostConstruct
    void load() {
        ClassLoader war = AdminPanel.class.getClassLoader();
        templates = new Templates(war, "io.kervan.admin.templates");
        messages = new Messages(war, "io.kervan.admin.admin");
        assets = new Assets(BASE + "/assets/", war, "kervan.css", "admin.css", "htmx.min.js", "kervan.js",
                "admin.js");
        zone = ZoneId.of(timeZone);
        for (Language language : Language.values()) {
            formats.put(language, new Formats(language, zone));
        }
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
