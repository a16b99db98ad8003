package io.kervan.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shop endpoint that touches no database (the tenant lookup is cached): the baseline the benchmarks compare real
 * endpoints with, and a cheap liveness probe for a shop's address.
 */
@ApplicationScoped
@Path("/public/ping")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PingResource {

    public record Pong(boolean success, String status) {
    }

    private static final Pong PONG = new Pong(true, "ok");

    @GET
    public Pong ping() {
        return PONG;
    }
}
