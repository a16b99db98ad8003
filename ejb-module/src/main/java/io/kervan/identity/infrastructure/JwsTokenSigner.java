package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.TokenSigner;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.security.PublicKey;

/** RS256 with the key pair of {@link JwtSigningKeys}, naming the key by its id ({@code kid}). */
@ApplicationScoped
public class JwsTokenSigner implements TokenSigner {

    @Override
    public String sign(String claimsJson) {
        JwtSigningKeys keys = JwtSigningKeys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        jws.setKey(keys.privateKey());
        jws.setKeyIdHeaderValue(keys.keyId());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    @Override
    public PublicKey verificationKey() {
        return JwtSigningKeys.current().publicKey();
    }
}
