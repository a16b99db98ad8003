package io.kervan.it.storefront;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (vendored in the test resources, injected into the page by the test; the pages never load it) run with the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules: a page may have no serious or critical violation.
 */
final class Axe {

    private static final String SOURCE = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(function (result) {
                done(result.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5)
                      .map(function (n) { return n.target.join(' ') + ' (' + (n.failureSummary || '') + ')'; }).join('; ');
                  }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    private Axe() {
    }

    static void assertNoSeriousViolations(Browser browser, String page) {
        browser.script(SOURCE);
        Object violations = browser.driver().executeAsyncScript(RUN);
        assertThat((Iterable<?>) violations).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
