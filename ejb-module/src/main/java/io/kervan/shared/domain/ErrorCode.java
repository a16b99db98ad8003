package io.kervan.shared.domain;

/**
 * A kind of expected failure: a stable machine-readable code that clients may switch on, the HTTP status it maps
 * to, and a short title a person can read. Each capability lists its own as constants (e.g. {@code TenancyError}).
 *
 * @param code       stable, snake_case, never renamed once published (e.g. {@code tenant_not_found})
 * @param httpStatus the status of the problem response
 * @param title      a short, human summary; the exception's detail says what to do
 */
public record ErrorCode(String code, int httpStatus, String title) {
}
