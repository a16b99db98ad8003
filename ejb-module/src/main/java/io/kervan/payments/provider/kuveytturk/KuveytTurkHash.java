package io.kervan.payments.provider.kuveytturk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HashData of Kuveyt Türk's classic XML API: Base64 of the raw SHA-1 digest of the fields run together with no
 * separator, where the password only ever appears as HashedPassword = Base64(SHA-1(password)). The bank's samples hash
 * the strings' bytes as they are (UTF-8 here); for the ASCII values Kervan sends this is the same as ISO-8859-9.
 */
final class KuveytTurkHash {

    private KuveytTurkHash() {
    }

    static String hashedPassword(String password) {
        return sha1Base64(password);
    }

    /** The enrollment (3-D Secure) request's HashData, which also signs the addresses the bank posts back to. */
    static String enrollment(String merchantId, String merchantOrderId, long amount, String okUrl, String failUrl,
                             String userName, String password) {
        return sha1Base64(merchantId + merchantOrderId + amount + okUrl + failUrl + userName
                + hashedPassword(password));
    }

    /** The provision and SOAP (refund, status) requests' HashData: the enrollment formula without the addresses. */
    static String withoutUrls(String merchantId, String merchantOrderId, long amount, String userName,
                              String password) {
        return enrollment(merchantId, merchantOrderId, amount, "", "", userName, password);
    }

    private static String sha1Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
