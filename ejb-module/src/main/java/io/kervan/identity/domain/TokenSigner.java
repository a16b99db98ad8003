package io.kervan.identity.domain;

/** Signs access tokens with Kervan's token key, which never leaves the implementation. */
public interface TokenSigner {

    /** A signed token (a compact JWS, RS256) that carries {@code claimsJson} as it is. */
    String sign(String claimsJson);
}
