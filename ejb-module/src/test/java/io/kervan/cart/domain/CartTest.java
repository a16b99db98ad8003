package io.kervan.cart.domain;

import io.kervan.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartTest {

    private final UUID tea = UUID.randomUUID();
    private final UUID mug = UUID.randomUUID();

    @Test
    void adding_a_product_twice_adds_up_its_quantity() {
        Cart cart = Cart.anonymous();
        cart.add(tea, 1);
        cart.add(tea, 2);
        assertThat(cart.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(3));
    }

    @Test
    void a_quantity_of_zero_removes_the_line_and_nonsense_is_refused() {
        Cart cart = Cart.anonymous();
        cart.add(tea, 1);
        cart.setQuantity(tea, 0);
        assertThat(cart.lines()).isEmpty();
        assertThatThrownBy(() -> cart.add(tea, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cart.add(tea, Cart.MAX_QUANTITY + 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cart.remove(mug)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void absorbing_an_anonymous_cart_moves_its_lines_and_coupon() {
        Cart mine = Cart.of(UUID.randomUUID());
        mine.add(tea, 1);
        Cart anonymous = Cart.anonymous();
        anonymous.add(tea, 2);
        anonymous.add(mug, 1);
        anonymous.applyCoupon("TEN");
        mine.absorb(anonymous);
        assertThat(mine.line(tea)).hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(3));
        assertThat(mine.line(mug)).isPresent();
        assertThat(mine.couponCode()).contains("TEN");
        assertThat(anonymous.lines()).isEmpty();
    }
}
