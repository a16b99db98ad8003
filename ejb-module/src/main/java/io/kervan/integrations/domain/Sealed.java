package io.kervan.integrations.domain;

/** A secret as stored: AES-256-GCM ciphertext (tag included) and its 12-byte nonce. */
public record Sealed(byte[] ciphertext, byte[] nonce) {
}
