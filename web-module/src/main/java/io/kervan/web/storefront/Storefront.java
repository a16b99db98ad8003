package io.kervan.web.storefront;

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
import java.util.Map;

/**
 * What the storefront sets up once: its precompiled templates, its texts in every language and its static files.
 * Dates are shown in {@code kervan.pages.time-zone}.
 */
@ApplicationScoped
public class Storefront {

    @Inject
    @ConfigProperty(name = "kervan.pages.time-zone", defaultValue = "Europe/Istanbul")
    String timeZone;

    private Templates templates;
    private Messages messages;
    private Assets assets;
    private final Map<Language, Formats> formats = new EnumMap<>(Language.class);

    @PostConstruct
    void load() {
        ClassLoader war = Storefront.class.getClassLoader();
        templates = new Templates(war, "io.kervan.web.storefront.templates");
        messages = new Messages(war, "io.kervan.web.storefront.storefront", "io.kervan.web.storefront.account");
        assets = new Assets(war, "kervan.css", "storefront.css", "htmx.min.js", "kervan.js", "telegram-login.js",
                "card-installments.js");
        ZoneId zone = ZoneId.of(timeZone);
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
}
