package io.kervan.web.platform;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.web.identity.SignInRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform operators sign in on the bare base domain. */
@Path("/platform/auth")
@Tag(name = "Platform")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PlatformAuthResource {

    @Inject
    AuthenticationService authentication;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/login")
    public AccessToken signIn(@NotNull(message = "a JSON body is required") @Valid SignInRequest request) {
        return authentication.signInOperator(request.email(), request.password(), http.getRemoteAddr());
    }
}
