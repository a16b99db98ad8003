package io.kervan.web.storefront;

import io.kervan.webkit.render.PageKit;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What the storefront sets up once (see {@link PageKit}): its templates, its texts in every language (the shop's and
 * the account pages') and its static files at {@code /assets/}.
 */
@ApplicationScoped
public class Storefront extends PageKit {

    public Storefront() {
        super(Storefront.class, "io.kervan.web.storefront.templates",
                List.of("io.kervan.web.storefront.storefront", "io.kervan.web.storefront.account"), "/assets/",
                List.of("kervan.css", "storefront.css", "htmx.min.js", "kervan.js", "telegram-login.js",
                        "card-installments.js"));
    }
}
