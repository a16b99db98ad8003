package io.kervan.admin;

import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.render.PageKit;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What the admin panel sets up once (see {@link PageKit}), as the storefront does: its templates, its texts (Turkish
 * and English) and its static files under {@code /admin/assets/}.
 */
@ApplicationScoped
public class AdminPanel extends PageKit {

    /** The WAR's context root: every address of the panel starts with it. */
    public static final String BASE = "/admin";
    /** The languages the panel speaks, in the order its switch offers them. */
    public static final List<Language> LANGUAGES = List.of(Language.TR, Language.EN);

    public AdminPanel() {
        super(AdminPanel.class, "io.kervan.admin.templates", List.of("io.kervan.admin.admin"), BASE + "/assets/",
                List.of("kervan.css", "admin.css", "htmx.min.js", "kervan.js", "admin.js"));
    }
}
