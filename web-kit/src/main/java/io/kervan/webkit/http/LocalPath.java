package io.kervan.webkit.http;

import java.util.Optional;

/**
 * An address a page may send the visitor back to after a form ({@code back}, {@code next}): only a path on this very
 * host. Anything else ({@code //evil.example}, {@code https://…}, {@code /\evil}) could send them to another site
 * dressed as a step of this one.
 */
public final class LocalPath {

    private static final int MAX_LENGTH = 2000;

    private LocalPath() {
    }

    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** {@code candidate} if it is a local path, else {@code fallback}. */
    public static String orElse(String candidate, String fallback) {
        return of(candidate).orElse(fallback);
    }
}
