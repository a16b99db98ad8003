package io.kervan.integrations.domain;

import java.util.List;

/**
 * What a shop fills in to connect an account at one provider, as its adapter describes it, so that pages and clients
 * draw the form from the description and a new provider needs no page of its own. {@code takesWebhooks}: the
 * provider posts events to {@code /api/webhooks/{provider}/{integration_id}/}, an address to paste into its panel.
 */
public record ConnectionForm(ProviderType providerType, boolean takesWebhooks, List<CredentialField> fields) {

    public ConnectionForm {
        fields = List.copyOf(fields);
    }

    public static ConnectionForm of(ProviderType type, boolean takesWebhooks, CredentialField... fields) {
        return new ConnectionForm(type, takesWebhooks, List.of(fields));
    }

    public List<CredentialField> secrets() {
        return of(CredentialField.Kind.SECRET);
    }

    /** The fields that are not secret: settings and endpoints, in the order the adapter gave them. */
    public List<CredentialField> plain() {
        return fields.stream().filter(f -> !f.secret()).toList();
    }

    private List<CredentialField> of(CredentialField.Kind kind) {
        return fields.stream().filter(f -> f.kind() == kind).toList();
    }
}
