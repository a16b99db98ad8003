package io.kervan.identity.infrastructure;

import io.kervan.shared.domain.Digests;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs and verifies access tokens, one per JVM. It comes from {@code kervan.jwt.private-key}
 * (system property) or {@code KERVAN_JWT_PRIVATE_KEY} (environment): a PKCS#8 RSA key, PEM or bare base64. The public
 * half is derived from it. Without one, a fresh pair is generated at start, which is fine for one local node but logs
 * out everybody at restart: every node of a cluster must be given the same key.
 *
 * <p>These are read straight from the environment rather than through MicroProfile Config because the public key is
 * itself served as configuration ({@code mp.jwt.verify.publickey}) while Config is being built.
 */
public final class JwtSigningKeys {

    private static final Logger LOG = Logger.getLogger(JwtSigningKeys.class.getName());
    private static final JwtSigningKeys CURRENT = load();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private JwtSigningKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = fingerprint(publicKey);
    }

    public static JwtSigningKeys current() {
        return CURRENT;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The half that verifies: what the pages check a token's signature with, as the API does with the PEM below. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    private static JwtSigningKeys load() {
        String configured = System.getProperty("kervan.jwt.private-key", System.getenv("KERVAN_JWT_PRIVATE_KEY"));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (configured != null && !configured.isBlank()) {
                String base64 = configured.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
                PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                return new JwtSigningKeys(key, publicKey);
            }
            LOG.warning("No KERVAN_JWT_PRIVATE_KEY configured: signing tokens with a key generated for this run only. "
                    + "Tokens will not survive a restart; give every node of a cluster the same key.");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new JwtSigningKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // The message says which setting is wrong, never what it contains.
            throw new IllegalStateException("KERVAN_JWT_PRIVATE_KEY is not a PKCS#8 RSA private key", e);
        }
    }

    private static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(Digests.sha256(key.getEncoded()), 0, 8);
    }
}
