package io.kervan.identity.domain;

import java.security.PublicKey;

/** Signs access tokens with Kervan's token key, whose private half never leaves the implementation. */
public interface TokenSigner {

    /** A signed token (a compact JWS, RS256) that carries {@code claimsJson} as it is. */
    String sign(String claimsJson);

    /** The public half of the key, which checks a token's signature. */
    PublicKey verificationKey();
}
