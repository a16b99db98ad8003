package io.kervan.web.json;

import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** How the API's JSON-B reads request bodies: strictly, and naming the field of whatever it refuses. */
class StrictReadingTest {

    public record Line(Integer quantity, Long total, BigDecimal price, String name, List<String> tags,
                       Address address, Map<String, Object> config, Boolean active) {
    }

    public record Address(String city) {
    }

    /** What a Telegram login is read as: {@code Map<String, Object>}, the type the resource declares. */
    private static final Type WIDGET = Line.class.getRecordComponents()[6].getGenericType();

    private static <T> T read(String json, Type type) {
        return JsonConfiguration.jsonb().fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                type);
    }

    private static Line line(String json) {
        return read(json, Line.class);
    }

    /** The refusal inside whatever JSON-B wrapped it in, as the API's exception mapper finds it. */
    private static KervanException refusal(String json, Type type) {
        try {
            read(json, type);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof KervanException refused) {
                    return refused;
                }
            }
            throw new AssertionError("refused without naming a field: " + e, e);
        }
        return fail("accepted " + json);
    }

    private static String refusedField(String json) {
        return refusedField(json, Line.class);
    }

    private static String refusedField(String json, Type type) {
        KervanException refused = refusal(json, type);
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) refused.properties().get("errors");
        return errors.get(0).field();
    }

    @Test
    void a_well_formed_body_is_read_as_before() {
        Line line = line("{\"quantity\": 3, \"total\": 9000000000, \"price\": \"12.50\", \"name\": \"Çay\","
                + "\"tags\": [\"a\"], \"address\": {\"city\": \"İzmir\"}, \"config\": {\"markup_percent\": 30,"
                + "\"ips\": [\"10.0.0.1\"], \"nested\": {\"on\": true}}}");
        assertThat(line.quantity()).isEqualTo(3);
        assertThat(line.total()).isEqualTo(9_000_000_000L);
        assertThat(line.price()).isEqualByComparingTo("12.50");
        assertThat(line.address().city()).isEqualTo("İzmir");
        assertThat(line.config()).containsEntry("markup_percent", new BigDecimal("30"))
                .containsEntry("ips", List.of("10.0.0.1")).containsEntry("nested", Map.of("on", true));
        assertThat(line("{\"quantity\": null, \"price\": 12.5}"))
                .extracting(Line::quantity, Line::price).containsExactly(null, new BigDecimal("12.5"));
    }

    @Test
    void a_count_is_a_whole_json_number_within_range() {
        for (String quantity : List.of("1.9", "2.0", "1e2", "4294967297", "4294967301", "-2147483649", "\"3\"",
                "true", "[1]", "{\"n\": 1}")) {
            assertThat(refusedField("{\"quantity\": " + quantity + "}")).as(quantity).isEqualTo("quantity");
        }
        assertThat(refusedField("{\"total\": 9223372036854775808}")).isEqualTo("total");
        assertThat(line("{\"quantity\": -2147483648}").quantity()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void an_amount_is_a_json_number_or_a_plain_decimal_string() {
        for (String price : List.of("\"1e3\"", "\"cheap\"", "\"12,50\"", "\" 12.50\"", "true", "[\"1.00\"]")) {
            assertThat(refusedField("{\"price\": " + price + "}")).as(price).isEqualTo("price");
        }
        assertThat(line("{\"price\": \"-0.50\"}").price()).isEqualByComparingTo("-0.50");
    }

    @Test
    void a_flag_is_true_or_false() {
        for (String active : List.of("\"yes\"", "\"true\"", "1", "0", "[]")) {
            assertThat(refusedField("{\"active\": " + active + "}")).as(active).isEqualTo("active");
        }
        assertThat(line("{\"active\": false}").active()).isFalse();
        assertThat(line("{\"active\": null}").active()).isNull();
    }

    @Test
    void a_number_with_a_large_exponent_or_too_many_digits_is_refused_before_it_is_expanded() {
        for (String number : List.of("1e309", "1e41", "1E-41", "1e+0000000000000000000000000000000000099",
                "1e999999999", "1" + "0".repeat(40))) {
            assertThat(refusedField("{\"price\": " + number + "}")).as(number).isEqualTo("price");
            assertThat(refusedField("{\"config\": {\"id\": " + number + "}}")).as(number).isEqualTo("id");
        }
        assertThat(refusedField("{\"id\": 1e999999999}", WIDGET)).isEqualTo("id");
        assertThat(line("{\"price\": 1e40, \"quantity\": " + "1".repeat(9) + "}").price())
                .isEqualByComparingTo("1e40");
    }

    @Test
    void refusing_a_huge_exponent_takes_no_time() {
        long started = System.nanoTime();
        refusal("{\"id\": 1e999999999, \"first_name\": \"Ayşe\"}", WIDGET);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void a_nul_character_is_refused_in_any_text_naming_the_nearest_field() {
        assertThat(refusedField("{\"name\": \"a\\u0000b\"}")).isEqualTo("name");
        assertThat(refusedField("{\"address\": {\"city\": \"\\u0000\"}}")).isEqualTo("city");
        assertThat(refusedField("{\"tags\": [\"a\", \"b\\u0000\"]}")).isEqualTo("tags");
        assertThat(refusedField("{\"config\": {\"a\": [{\"b\": \"\\u0000\"}]}}")).isEqualTo("b");
        assertThat(refusedField("{\"name\": \"x\", \"na\\u0000me\": 1}")).isEqualTo("body");
        assertThat(refusedField("{\"address\": {\"ci\\u0000ty\": 1}}")).isEqualTo("address");
        assertThat(refusedField("{\"first_name\": \"Ay\\u0000\"}", WIDGET)).isEqualTo("first_name");
    }

    @Test
    void a_body_is_one_json_value_and_nothing_after_it() {
        for (String tail : List.of(" {}", "{}", "x", "]", "}", " 1", "\"a\"")) {
            KervanException refused = refusal("{\"name\": \"a\"}" + tail, Line.class);
            assertThat(refused.errorCode().code()).as(tail).isEqualTo("malformed_request");
            assertThat(refusedField("{\"name\": \"a\"}" + tail)).isEqualTo("body");
        }
        assertThat(line("{\"name\": \"a\"} \n\t ").name()).isEqualTo("a");
        assertThat(refusal("{\"a\": 1} []", WIDGET).errorCode().code()).isEqualTo("malformed_request");
    }

    @Test
    void a_map_is_read_from_a_json_object_only() {
        for (String config : List.of("[1,2]", "[]", "5", "\"x\"", "true", "[{\"key\": \"a\", \"value\": 1}]")) {
            assertThat(refusedField("{\"config\": " + config + "}")).as(config).isEqualTo("config");
        }
        assertThat(refusedField("[1,2]", WIDGET)).isEqualTo("body");
        assertThat(line("{\"config\": {}}").config()).isEmpty();
        Map<String, Object> widget = read("{\"id\": 424242, \"first_name\": \"Ayşe\"}", WIDGET);
        assertThat(widget).containsEntry("id", new BigDecimal("424242")).containsEntry("first_name", "Ayşe");
    }
}
