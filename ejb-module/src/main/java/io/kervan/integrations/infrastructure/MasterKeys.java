package io.kervan.integrations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The master keys that wrap tenants' data keys, by version, from {@code kervan.vault.master-keys}
 * ({@code 1:<base64 of 32 bytes>,2:<…>}); new data keys are wrapped with {@code kervan.vault.active-master-key}.
 * Without configuration a fixed development key is used and a warning logged: never run production like that.
 */
@ApplicationScoped
public class MasterKeys {

    private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());
    /** Only for machines without configuration; publicly known, so it protects nothing. */
    private static final String DEVELOPMENT_KEY = "0:a2VydmFuLWRldmVsb3BtZW50LW1hc3Rlci1rZXktMzI=";

    @Inject
    @ConfigProperty(name = "kervan.vault.master-keys")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "kervan.vault.active-master-key")
    Optional<Integer> activeVersion;

    private final Map<Integer, SecretKey> keys = new HashMap<>();
    private int active;

    @PostConstruct
    void load() {
        String spec = configured.filter(s -> !s.isBlank()).orElse(DEVELOPMENT_KEY);
        if (configured.isEmpty()) {
            LOG.warning("kervan.vault.master-keys is not set: secrets are sealed with the public development key");
        }
        for (String entry : spec.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            byte[] key = Base64.getDecoder().decode(parts[1].strip());
            if (key.length != 32) {
                throw new IllegalStateException("Master key version " + parts[0] + " is not 32 bytes (AES-256)");
            }
            keys.put(Integer.parseInt(parts[0].strip()), new SecretKeySpec(key, "AES"));
        }
        active = activeVersion.orElse(keys.keySet().stream().max(Integer::compare).orElseThrow());
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("kervan.vault.active-master-key " + active + " is not among the master keys");
        }
    }

    public int activeVersion() {
        return active;
    }

    public SecretKey active() {
        return keys.get(active);
    }

    public SecretKey version(int version) {
        SecretKey key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("Master key version " + version + " is no longer configured");
        }
        return key;
    }
}
