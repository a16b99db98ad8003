package io.kervan.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * HMAC-SHA256 signatures that let Kervan hand out a value and later recognise it as its own without storing it: the
 * signed links to an order's page (in mail, and where payment providers send the shopper back) and the pages' form
 * tokens. The key is {@code kervan.signing-key} (base64 of at least 32 bytes), the same on every node; without it a
 * public development key is used and a warning logged. Each use names its purpose, so a signature made for one can
 * never pass as another.
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());
    /** Only for machines without configuration; publicly known, so it protects nothing. */
    private static final String DEVELOPMENT_KEY = "a2VydmFuLWRldmVsb3BtZW50LXNpZ25pbmcta2V5LTMyYg==";

    @Inject
    @ConfigProperty(name = "kervan.signing-key")
    Optional<String> configured;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        if (configured.filter(k -> !k.isBlank()).isEmpty()) {
            LOG.warning("kervan.signing-key is not set: order links and form tokens are signed with the public "
                    + "development key");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.filter(k -> !k.isBlank()).orElse(DEVELOPMENT_KEY).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kervan.signing-key is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("kervan.signing-key must be at least 32 bytes");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The signature of {@code parts} for {@code purpose}, URL-safe base64 of {@code bytes} bytes (at most 32). */
    public String sign(String purpose, int bytes, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                mac.update((byte) 0);
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            byte[] full = mac.doFinal();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is {@link #sign}'s for these parts, compared in constant time. */
    public boolean verify(String signature, String purpose, int bytes, String... parts) {
        if (signature == null || signature.isEmpty() || signature.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, bytes, parts).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
