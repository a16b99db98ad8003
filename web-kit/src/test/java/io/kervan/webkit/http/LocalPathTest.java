package io.kervan.webkit.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathTest {

    @Test
    void a_path_on_this_host_is_kept() {
        assertThat(LocalPath.of("/account/orders/1?page=2")).contains("/account/orders/1?page=2");
        assertThat(LocalPath.orElse("/cart", "/")).isEqualTo("/cart");
    }

    @Test
    void anything_that_could_lead_to_another_site_is_refused() {
        for (String away : new String[]{null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "evil", "javascript:alert(1)", "/\r\nSet-Cookie: x=1", "/" + "a".repeat(2000)}) {
            assertThat(LocalPath.orElse(away, "/account")).as(String.valueOf(away)).isEqualTo("/account");
        }
    }
}
