package io.kervan.admin;

/**
 * An error page: its status, the texts that say what happened and what to do, and for a failure on Kervan's side
 * the id under which the server log holds it.
 */
public record ErrorView(int status, String titleKey, String bodyKey, String correlationId) {
}
