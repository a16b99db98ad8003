package io.kervan.payments.provider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptCardTest {

    @Test
    void the_brand_is_the_providers_word_for_it_else_the_bins() {
        assertThat(KeptCard.brand("MASTER_CARD", "552879")).isEqualTo("MASTERCARD");
        assertThat(KeptCard.brand("TROY", "979203")).isEqualTo("TROY");
        assertThat(KeptCard.brand("AMERICAN_EXPRESS", "374427")).isEqualTo("AMEX");
        assertThat(KeptCard.brand(null, "415792")).isEqualTo("VISA");
        assertThat(KeptCard.brand(null, "552608")).isEqualTo("MASTERCARD");
        assertThat(KeptCard.brand(null, "222100")).isEqualTo("MASTERCARD");
        assertThat(KeptCard.brand(null, "979202")).isEqualTo("TROY");
        assertThat(KeptCard.brand("", "123456")).isEqualTo("CARD");
    }

    @Test
    void a_kept_card_never_prints_the_providers_tokens() {
        KeptCard card = new KeptCard(new StoredCard("owner-secret-key", "card-secret-token"), "VISA", "415792",
                "0006", 12, 2030);
        assertThat(card.toString()).contains("VISA", "0006").doesNotContain("owner-secret-key", "card-secret-token");
        assertThat(card.stored().toString()).doesNotContain("owner-secret-key", "card-secret-token");
        assertThat(new CardKeeping("customer-id", "owner-secret-key", "VISA 0006").toString())
                .doesNotContain("owner-secret-key");
    }

    @Test
    void a_kept_card_needs_both_tokens_its_bin_and_its_last_four() {
        assertThatThrownBy(() -> new KeptCard(new StoredCard(null, "t"), "VISA", "415792", "0006", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeptCard(new StoredCard("o", "t"), "VISA", "4157", "0006", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeptCard(new StoredCard("o", "t"), "VISA", "415792", "06", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
