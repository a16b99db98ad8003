package io.kervan.shared.domain;

/** One bad field of a request: its snake_case name as the client sent it, and what is wrong with it. */
public record FieldError(String field, String message) {
}
