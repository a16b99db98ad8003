package io.kervan.payments.provider.sandbox;

import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.DescribesConnection;
import io.kervan.integrations.domain.ProviderType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sandbox gateway is Kervan's own and needs nothing typed: its form has no fields.
 */
@ApplicationScoped
public class SandboxConnection implements DescribesConnection {

    static final ConnectionForm FORM = ConnectionForm.of(ProviderType.SANDBOX, false);

    @Override
    public ConnectionForm connectionForm() {
        return FORM;
    }
}
