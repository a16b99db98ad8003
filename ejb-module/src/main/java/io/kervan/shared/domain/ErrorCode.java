package io.kervan.shared.domain;

/**
 * A kind of expected failure: a stable machine-readable code that clients may switch on, the HTTP status it maps
 * to, and a short title a person can read. Each capability lists its own codes in an enum.
 */
public interface ErrorCode {

    /** Stable, snake_case, never renamed once published (e.g. {@code tenant_not_found}). */
    String code();

    int httpStatus();

    String title();
}
