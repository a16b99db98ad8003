package io.kervan.webkit.render;

/**
 * What a page tells browsers and search engines about itself: its title, description, canonical address, whether it
 * may be indexed, structured data (JSON-LD, made safe to sit inside a script element by {@link JsonLd}), and, for a
 * page that waits for something, after how many seconds a browser without JavaScript reloads it.
 */
public record Meta(String title, String description, String canonical, boolean noindex, String jsonLd,
                   int refreshSeconds) {

    public static Meta indexed(String title, String description, String canonical) {
        return new Meta(title, description, canonical, false, null, 0);
    }

    /** Pages about one visitor (cart, checkout, an order): never indexed, no canonical. */
    public static Meta personal(String title) {
        return new Meta(title, null, null, true, null, 0);
    }

    public Meta withJsonLd(String json) {
        return new Meta(title, description, canonical, noindex, json, refreshSeconds);
    }

    /** The title with a prefix, such as "Error: " for a page whose form came back with errors. */
    public Meta withTitlePrefix(String prefix) {
        return new Meta(prefix + title, description, canonical, noindex, jsonLd, refreshSeconds);
    }

    public Meta refreshingEvery(int seconds) {
        return new Meta(title, description, canonical, noindex, jsonLd, seconds);
    }
}
