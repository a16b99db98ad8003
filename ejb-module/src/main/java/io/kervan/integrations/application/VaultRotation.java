package io.kervan.integrations.application;

import io.kervan.integrations.domain.CredentialVault;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The second step of a master key rotation, for platform operators. Step one: add the new key version to
 * {@code kervan.vault.master-keys} (keeping the old one), make it {@code kervan.vault.active-master-key}, and restart
 * the nodes one by one — every node can still open data keys wrapped by either version. Step two, this: re-wrap every
 * tenant's data key under the active version. Step three: remove the old version from configuration. Secrets
 * themselves are never re-encrypted and stay readable throughout.
 */
@Stateless
public class VaultRotation {

    public record Outcome(int rewrapped, int activeMasterKey) {
    }

    @Inject
    CredentialVault vault;

    public Outcome rewrapAllAcrossTenants() {
        return new Outcome(vault.rewrapAllAcrossTenants(), vault.activeMasterKey());
    }
}
