package io.kervan.shared.application;

import io.kervan.shared.domain.Digests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    private byte[] key;

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
        key = bytes;
    }

    /** The signature of {@code parts} for {@code purpose}, URL-safe base64 of {@code bytes} bytes (at most 32). */
    public String sign(String purpose, int bytes, String... parts) {
        // The purpose, then each part after a NUL, so no two lists of parts sign the same text.
        StringBuilder signed = new StringBuilder(purpose);
        for (String part : parts) {
            signed.append('\0').append(part);
        }
        byte[] full = Digests.hmacSha256(key, signed.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, bytes));
    }

    /** Whether {@code signature} is {@link #sign}'s for these parts, compared in constant time. */
    public boolean verify(String signature, String purpose, int bytes, String... parts) {
        if (signature == null || signature.isEmpty() || signature.length() > 64) {
            return false;
        }
        return Digests.same(sign(purpose, bytes, parts).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
