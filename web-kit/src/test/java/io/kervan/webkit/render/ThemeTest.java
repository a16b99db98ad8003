package io.kervan.webkit.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTest {

    @Test
    void a_shop_without_a_colour_gets_kervans_whose_text_and_links_read_well() {
        Theme theme = Theme.of("Acme", null, null);
        assertThat(theme.primary()).isEqualTo(Theme.DEFAULT_PRIMARY);
        assertThat(Theme.contrast(theme.primary(), theme.onPrimary())).isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.link(), "#ffffff")).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void a_light_colour_gets_dark_text_on_its_buttons_and_darker_links() {
        Theme theme = Theme.of("Acme", null, "#FFD500");
        assertThat(theme.primary()).isEqualTo("#ffd500");
        assertThat(theme.onPrimary()).isEqualTo("#111111");
        assertThat(Theme.contrast(theme.link(), "#ffffff")).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void a_dark_colour_keeps_white_text_and_is_its_own_link_colour() {
        Theme theme = Theme.of("Acme", null, "#1a3300");
        assertThat(theme.onPrimary()).isEqualTo("#ffffff");
        assertThat(theme.link()).isEqualTo("#1a3300");
    }

    @Test
    void anything_but_a_hex_colour_never_reaches_the_inline_style() {
        Theme theme = Theme.of("Acme", null, "red;}body{display:none");
        assertThat(theme.css()).isEqualTo(":root{--brand:" + Theme.DEFAULT_PRIMARY + ";--on-brand:#ffffff;--link:"
                + theme.link() + "}");
    }
}
