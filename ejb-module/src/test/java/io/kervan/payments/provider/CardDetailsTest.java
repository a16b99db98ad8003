package io.kervan.payments.provider;

import io.kervan.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardDetailsTest {

    private static final String NEXT_YEAR = String.valueOf(Year.now().getValue() + 1);

    @Test
    void a_card_prints_only_its_last_four_digits() {
        CardDetails card = CardDetails.of("Ahmet Yılmaz", "5188 9619 3919 2544", "06", NEXT_YEAR, "929");
        assertThat(card.toString()).isEqualTo("CardDetails[••••2544]").doesNotContain("518896")
                .doesNotContain("929");
        assertThat(card.number()).isEqualTo("5188961939192544");
    }

    @Test
    void a_two_digit_year_is_in_this_century() {
        assertThat(CardDetails.of("A B", "5188961939192544", "6", NEXT_YEAR.substring(2), "929").expiryYear())
                .isEqualTo(Integer.parseInt(NEXT_YEAR));
    }

    @Test
    void a_mistyped_number_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> CardDetails.of("A B", "5188961939192545", "06", NEXT_YEAR, "929"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("card_number is not a valid card number");
    }

    @Test
    void an_expired_card_or_a_bad_security_code_is_refused() {
        assertThatThrownBy(() -> CardDetails.of("A B", "5188961939192544", "01", "2020", "929"))
                .hasMessage("the card has expired");
        assertThatThrownBy(() -> CardDetails.of("A B", "5188961939192544", "13", NEXT_YEAR, "929"))
                .hasMessageContaining("month");
        assertThatThrownBy(() -> CardDetails.of("A B", "5188961939192544", "06", NEXT_YEAR, "92"))
                .hasMessage("card_cvv is 3 or 4 digits");
        assertThatThrownBy(() -> CardDetails.of(" ", "5188961939192544", "06", NEXT_YEAR, "929"))
                .hasMessage("card_holder_name is 1 to 60 characters");
    }
}
