package io.kervan.admin.integrations;

import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.ProviderType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An integration's two sets of keys side by side, masked as the registry gives them ({@code ••••} and at most the
 * last four characters): both are kept, so switching between test and live needs no key typed again.
 */
public record KeySets(List<Row> rows) {

    /** One credential: its label and its masked value in each mode, null where the mode has none. */
    public record Row(String label, String test, String live) {
    }

    static KeySets of(ConnectionForm form, IntegrationView integration, ConnectionFields fields) {
        ProviderType type = form.providerType();
        return new KeySets(form.secrets().stream().map(f -> new Row(fields.label(type, f),
                masked(integration, "test").get(f.name()), masked(integration, "live").get(f.name()))).toList());
    }

    /** The masked secrets of one mode ({@code test} or {@code live}). */
    static Map<String, String> masked(IntegrationView integration, String mode) {
        return integration.credentials().getOrDefault(mode, Map.of());
    }

    /** The set of keys calls use in {@code status}: live when active, test otherwise. */
    static String modeOf(String status) {
        return "active".equals(status.toLowerCase(Locale.ROOT)) ? "live" : "test";
    }
}
