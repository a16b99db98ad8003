package io.kervan.identity.application;

import java.util.List;
import java.util.UUID;

/** A signed JWT and what it says about its holder. */
public record AccessToken(String accessToken, String tokenType, long expiresIn, Principal account) {

    /** Who the token speaks for: an account of a shop ({@code tenant} set) or a platform operator. */
    public record Principal(UUID id, String email, List<String> roles, String tenant) {
    }
}
