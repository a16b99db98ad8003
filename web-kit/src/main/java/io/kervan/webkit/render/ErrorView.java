package io.kervan.webkit.render;

/**
 * An error page: its status, the texts that say what happened and what to do ({@code titleKey}, {@code bodyKey}),
 * and for a failure on Kervan's side the id under which the server log holds it.
 */
public record ErrorView(int status, String titleKey, String bodyKey, String correlationId) {
}
