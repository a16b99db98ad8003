package io.kervan.web.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Readiness for load balancers: 200 while PostgreSQL answers, 503 when it does not. Served on the bare domain (and on
 * the server's IP address). WildFly's own {@code /health/ready} on the management port reports the server and the
 * deployment; it does not pick up checks from inside an EAR's web module, hence this endpoint.
 */
@Path("/platform/ready")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReadinessResource {

    public record Check(String name, String status) {
    }

    public record Readiness(String status, List<Check> checks) {
    }

    @Resource(lookup = "java:jboss/datasources/KervanDS")
    DataSource dataSource;

    @GET
    public Response ready() {
        boolean databaseUp = databaseAnswers();
        String status = databaseUp ? "UP" : "DOWN";
        return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Readiness(status, List.of(new Check("database", status))))
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
