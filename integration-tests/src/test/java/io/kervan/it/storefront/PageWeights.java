package io.kervan.it.storefront;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much a page costs a shopper on the wire: its HTML, stylesheets and scripts as transferred (compressed), images
 * aside, read from the browser's Resource Timing. At most 60 KB a page; every weight is written to
 * {@code target/screenshots/page-weights.txt}.
 */
final class PageWeights {

    static final long LIMIT_BYTES = 60 * 1024;

    private static final String MEASURE = """
            var total = performance.getEntriesByType('navigation')[0].encodedBodySize;
            performance.getEntriesByType('resource').forEach(function (r) {
              if (/\\.(css|js)(\\?|$)/.test(r.name)) { total += r.encodedBodySize; }
            });
            return total;
            """;

    private PageWeights() {
    }

    static void record(Browser browser, String page) {
        long bytes = ((Number) browser.script(MEASURE)).longValue();
        Path file = Path.of(System.getProperty("kervan.it.screenshots", "target/screenshots"), "page-weights.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.format("%-24s %6.1f KB%n", page, bytes / 1024.0),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bytes).as(page + ": HTML, CSS and JavaScript, compressed").isPositive().isLessThanOrEqualTo(LIMIT_BYTES);
    }
}
