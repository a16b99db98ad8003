package io.kervan.identity.domain;

import io.kervan.shared.domain.Digests;
import io.kervan.shared.domain.KervanException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A slow salted password hash: PBKDF2-HMAC-SHA512 with a random 16-byte salt, stored as
 * {@code pbkdf2-sha512$iterations$salt$hash}. The iteration count travels with each hash, so raising it later leaves
 * existing passwords valid.
 */
public final class PasswordHash {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String SCHEME = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String create(String password, int iterations) {
        requireAcceptable(password);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    public static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return Digests.same(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    private static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.isBlank()) {
            throw new KervanException(IdentityError.WEAK_PASSWORD,
                    "password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
