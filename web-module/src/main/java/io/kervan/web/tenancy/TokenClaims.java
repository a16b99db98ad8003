package io.kervan.web.tenancy;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads Kervan's own claims from a verified token. */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** A string claim's value, or null when the token does not carry it. */
    public static String text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }

    /** A whole-number claim's value, or 0 when the token does not carry it (tokens signed before it existed). */
    public static long number(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonNumber json) {
            return json.longValueExact();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return 0;
    }
}
