package io.kervan.webkit.http;

import io.kervan.shared.application.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/**
 * Cross-site request forgery protection for every form post. The token is a signature of the visitor's session
 * cookie and the shop, so nothing is stored on the server and every node accepts it; a post is accepted only with the
 * token of its own session, and never when the browser says it came from another origin (Sec-Fetch-Site, Origin):
 * sibling shops' subdomains are the same site, so SameSite cookies alone would let them post here.
 */
@ApplicationScoped
public class Csrf {

    /** The hidden field every form carries. */
    public static final String FIELD = "_csrf";
    private static final String PURPOSE = "form-token";
    private static final int BYTES = 24;

    @Inject
    Signatures signatures;

    public String token(UUID tenantId, String sessionId) {
        return signatures.sign(PURPOSE, BYTES, tenantId.toString(), sessionId);
    }

    /** Whether a post with this token, from this session, may change anything. */
    public boolean accepts(HttpServletRequest request, String token, UUID tenantId, String sessionId) {
        return sessionId != null && fromThisOrigin(request)
                && signatures.verify(token, PURPOSE, BYTES, tenantId.toString(), sessionId);
    }

    private static boolean fromThisOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }
}
