package io.kervan.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTest {

    @Test
    void people_are_shown_as_kind_and_name_and_kervan_by_its_name_alone() {
        UUID id = UUID.randomUUID();
        assertThat(Actor.staff(id, "ayse@example.com").label()).isEqualTo("staff:ayse@example.com");
        assertThat(Actor.staff(id, "ayse@example.com").id()).isEqualTo(id);
        assertThat(Actor.customer(id, "can@example.com").label()).isEqualTo("customer:can@example.com");
        assertThat(Actor.guest("misafir@example.com").label()).isEqualTo("guest:misafir@example.com");
        assertThat(Actor.guest("misafir@example.com").id()).isNull();
        assertThat(Actor.system("esim-fulfillment").label()).isEqualTo("esim-fulfillment");
        assertThat(Actor.provider("payment:PAY-X").label()).isEqualTo("payment:PAY-X");
        assertThat(Actor.system("schedule").kind().code()).isEqualTo("system");
    }

    @Test
    void a_name_longer_than_its_column_is_cut_and_marked_but_the_id_is_kept() {
        UUID id = UUID.randomUUID();
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60) + ".com";
        Actor actor = Actor.staff(id, email);
        assertThat(email).hasSizeGreaterThan(Actor.NAME_LENGTH);
        assertThat(actor.name()).hasSize(Actor.NAME_LENGTH).endsWith("…").startsWith("a".repeat(64) + "@");
        assertThat(actor.id()).isEqualTo(id);
        assertThat(Actor.staff(id, "x".repeat(Actor.NAME_LENGTH)).name()).hasSize(Actor.NAME_LENGTH)
                .doesNotContain("…");
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String name = "x".repeat(Actor.NAME_LENGTH - 2) + emoji + "tail";
        String kept = Actor.guest(name).name();
        assertThat(kept).hasSizeLessThanOrEqualTo(Actor.NAME_LENGTH).endsWith("x…");
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 2))).isFalse();
    }

    @Test
    void blank_names_and_control_characters_do_not_reach_the_record() {
        assertThat(Actor.system("  ").name()).isEqualTo("system");
        assertThat(Actor.staff(UUID.randomUUID(), "line\nbreak").name()).isEqualTo("line break");
        assertThat(Actor.guest(null).label()).isEqualTo("guest:anonymous");
    }

    @Test
    void people_with_an_account_need_its_id() {
        assertThatThrownBy(() -> Actor.staff(null, "x@example.com")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Actor.customer(null, "x@example.com")).isInstanceOf(NullPointerException.class);
    }
}
