package io.kervan.web.config;

import io.kervan.identity.infrastructure.JwtSigningKeys;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Serves {@code mp.jwt.verify.publickey}: the public half of the key that signs Kervan's tokens, so signing and
 * verification can never disagree. Low ordinal: an explicitly configured value wins.
 */
public class JwtVerificationKeySource implements ConfigSource {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, JwtSigningKeys.current().publicKeyPem());
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? JwtSigningKeys.current().publicKeyPem() : null;
    }

    @Override
    public String getName() {
        return "kervan-jwt-signing-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
