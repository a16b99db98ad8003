package io.kervan.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. Requests reach it on a shop's subdomain ({@code acme.example.com/api/...}) or, for the platform's own
 * endpoints, on the bare base domain. Bearer tokens are MicroProfile JWTs issued by the sign-in endpoints.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "kervan")
@OpenAPIDefinition(info = @Info(title = "Kervan API", version = "0.1.0",
        description = "Multi-tenant commerce. Call a shop's endpoints on its subdomain, the platform's on the bare domain."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class KervanApi extends Application {
}
