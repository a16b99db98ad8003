package io.kervan.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTextTest {

    @Test
    void text_that_fits_its_column_and_holds_no_nul_passes_unchanged() {
        assertThat(StoredText.require("id", "evt_1", 200)).isEqualTo("evt_1");
        assertThat(StoredText.require("id", "x".repeat(200), 200)).hasSize(200);
        assertThat(StoredText.require("id", null, 200)).isNull();
    }

    @Test
    void a_nul_or_one_character_too_many_is_a_400_naming_the_field() {
        assertThatThrownBy(() -> StoredText.require("id", "evt_\u0000", 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.properties().get("errors"))
                        .isEqualTo(List.of(new FieldError("id", "id must not contain the NUL character (U+0000)"))));
        assertThatThrownBy(() -> StoredText.require("type", "x".repeat(101), 100))
                .isInstanceOf(InvalidInputException.class).hasMessage("type is at most 100 characters");
    }
}
