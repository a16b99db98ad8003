package io.kervan.webkit.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void page_links_keep_the_search_and_leave_out_page_one() {
        Paging paging = new Paging("/products", Map.of("search", "çay & kek"), 3, 9);
        assertThat(paging.link(1)).isEqualTo("/products?search=%C3%A7ay+%26+kek");
        assertThat(paging.link(4)).isEqualTo("/products?search=%C3%A7ay+%26+kek&page=4");
        assertThat(new Paging("/products", Map.of("search", ""), 1, 2).link(2)).isEqualTo("/products?page=2");
    }

    @Test
    void the_first_the_last_and_the_neighbours_are_shown_with_gaps_between() {
        assertThat(new Paging("/p", Map.of(), 5, 9).shown()).containsExactly(1, 0, 4, 5, 6, 0, 9);
        assertThat(new Paging("/p", Map.of(), 1, 3).shown()).containsExactly(1, 2, 3);
    }

    @Test
    void the_page_asked_for_is_a_whole_number_from_one_and_anything_else_is_the_first() {
        assertThat(Paging.requested("3")).isEqualTo(3);
        assertThat(Paging.requested(" 12 ")).isEqualTo(12);
        for (String odd : new String[]{null, "", "0", "-2", "2.5", "abc", "9999999"}) {
            assertThat(Paging.requested(odd)).as(odd).isEqualTo(1);
        }
    }
}
