package io.kervan.web.shop;

import io.kervan.tenancy.application.ShopSettings;
import io.kervan.tenancy.application.ShopSettingsChange;
import io.kervan.tenancy.application.ShopSettingsView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shop's own settings: the name, logo, colour and default language of its pages, and its escrow. */
@Path("/staff/shop")
@Tag(name = "Shop")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin"})
public class ShopSettingsResource {

    public record Settings(boolean success, ShopSettingsView shop) {
    }

    @Inject
    ShopSettings settings;

    @GET
    public Settings show() {
        return new Settings(true, settings.show());
    }

    @PATCH
    public Settings change(@NotNull(message = "a JSON body is required") @Valid ShopSettingsRequest request) {
        return new Settings(true, settings.change(new ShopSettingsChange(request.displayName(), request.logoUrl(),
                request.primaryColor(), request.defaultLocale(), request.escrowEnabled(),
                request.escrowAutoReleaseDays())));
    }
}
