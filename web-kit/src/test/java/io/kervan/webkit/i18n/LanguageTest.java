package io.kervan.webkit.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    private static final Locale TURKISH_SHOP = Locale.forLanguageTag("tr");

    @Test
    void the_visitors_choice_wins_over_the_browser_and_the_shop() {
        assertThat(Language.choose("en", "ru-RU,ru;q=0.9", TURKISH_SHOP)).isEqualTo(Language.EN);
    }

    @Test
    void without_a_choice_the_first_language_the_browser_accepts_and_pages_speak_is_taken() {
        assertThat(Language.choose(null, "de-DE,de;q=0.9,en-US;q=0.8,tr;q=0.7", TURKISH_SHOP)).isEqualTo(Language.EN);
        assertThat(Language.choose(null, "ru", TURKISH_SHOP)).isEqualTo(Language.RU);
    }

    @Test
    void otherwise_the_shops_own_language_is_spoken() {
        assertThat(Language.choose(null, "de-DE", TURKISH_SHOP)).isEqualTo(Language.TR);
        assertThat(Language.choose("xx", null, Locale.ENGLISH)).isEqualTo(Language.EN);
        assertThat(Language.choose(null, ";;;not a header", TURKISH_SHOP)).isEqualTo(Language.TR);
    }

    @Test
    void a_language_refused_with_q_zero_is_not_chosen() {
        assertThat(Language.choose(null, "en;q=0, ru;q=0.5", TURKISH_SHOP)).isEqualTo(Language.RU);
    }
}
