package io.kervan.integrations.domain;

/**
 * Keeps credentials sealed at rest: {@link #seal} before a secret is stored, {@link #open} when an adapter needs it,
 * always under the current shop's own key, so a sealed secret copied to another shop does not open. The key that
 * protects the shops' keys can rotate while every secret stays readable.
 */
public interface CredentialVault {

    Sealed seal(Secret secret);

    Secret open(Sealed sealed);

    /**
     * Platform work, the second step of a master key rotation: re-wraps every shop's data key that is not under the
     * active master key.
     *
     * @return how many were re-wrapped
     */
    int rewrapAllAcrossTenants();

    /** The version of the master key that wraps new and re-wrapped data keys. */
    int activeMasterKey();
}
