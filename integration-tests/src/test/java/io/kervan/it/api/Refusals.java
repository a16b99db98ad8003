package io.kervan.it.api;

import io.kervan.it.support.Database;
import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks many refusals in one test and reports every one that went wrong: each must be a 400 problem with the
 * expected code that names the field, and must leave every table of the database as it was.
 */
final class Refusals {

    private final SoftAssertions softly = new SoftAssertions();
    private final Connection database = Database.connect();
    private Duration slowest = Duration.ZERO;

    void expect(String what, String code, String field, Supplier<Response> request) {
        expect(what, code, field, Set.of(), request);
    }

    /** As {@link #expect(String, String, String, Supplier)}, but the tables named may gain rows (a delivery log). */
    void expect(String what, String code, String field, Set<String> logs, Supplier<Response> request) {
        Map<String, Long> before = withoutLogs(Database.rowsPerTable(database), logs);
        long started = System.nanoTime();
        Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        slowest = took.compareTo(slowest) > 0 ? took : slowest;
        String body = response.asString();
        softly.assertThat(response.statusCode()).as(what + ": status of " + body).isEqualTo(400);
        softly.assertThat(response.contentType()).as(what + ": content type").startsWith("application/problem+json");
        if (response.contentType().startsWith("application/problem+json")) {
            softly.assertThat(response.<String>path("code")).as(what + ": code of " + body).isEqualTo(code);
            List<String> fields = response.path("errors.field");
            softly.assertThat(fields).as(what + ": fields named in " + body).contains(field);
        }
        softly.assertThat(withoutLogs(Database.rowsPerTable(database), logs)).as(what + ": rows per table")
                .isEqualTo(before);
    }

    private static Map<String, Long> withoutLogs(Map<String, Long> rows, Set<String> logs) {
        rows.keySet().removeAll(logs);
        return rows;
    }

    void expectFieldRefused(String what, String field, Supplier<Response> request) {
        expect(what, "validation_failed", field, request);
    }

    /** How long the slowest of the requests took to be answered. */
    Duration slowest() {
        return slowest;
    }

    void verify() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        softly.assertAll();
    }
}
