package io.kervan.web.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as the server saw it. Behind a load balancer, enable Undertow's
 * proxy-address-forwarding so this is the client's address and not the balancer's.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
