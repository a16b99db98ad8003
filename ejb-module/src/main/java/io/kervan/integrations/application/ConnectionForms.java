package io.kervan.integrations.application;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The connection forms of every provider adapter that describes one, for pages and the API. */
@ApplicationScoped
public class ConnectionForms {

    @Inject
    @Any
    Instance<DescribesConnection> adapters;

    /** One form per provider type, in {@link ProviderType}'s order. */
    public List<ConnectionForm> all() {
        return adapters.stream().map(DescribesConnection::connectionForm)
                .sorted(Comparator.comparing(ConnectionForm::providerType)).toList();
    }

    public Optional<ConnectionForm> of(ProviderType type) {
        return all().stream().filter(form -> form.providerType() == type).findFirst();
    }
}
