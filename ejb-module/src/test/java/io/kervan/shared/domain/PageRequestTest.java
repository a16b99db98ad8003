package io.kervan.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void absent_parameters_mean_the_first_page_of_twenty() {
        assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.parse("3", "10").offset()).isEqualTo(20);
    }

    @Test
    void nonsense_pages_name_the_parameter() {
        assertThatThrownBy(() -> PageRequest.parse("abc", null)).hasMessageContaining("page must be a whole number");
        assertThatThrownBy(() -> PageRequest.parse("0", null)).hasMessageContaining("page must be 1 or more");
        assertThatThrownBy(() -> PageRequest.parse("1", "101")).hasMessageContaining("page_size");
        assertThatThrownBy(() -> PageRequest.parse("99999999999", null)).isInstanceOf(InvalidInputException.class);
    }
}
