package io.kervan.web.catalog;

import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductView;
import io.kervan.catalog.domain.ProductType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

/** Staff add products to their shop and take them off sale. */
@Path("/staff/products")
@Tag(name = "Catalog")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin", "staff"})
public class StaffProductsResource {

    @Inject
    ProductCatalog catalog;

    @POST
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewProductRequest request) {
        ProductView product = catalog.add(new NewProduct(request.sku(), request.name(), request.description(),
                ProductType.valueOf(request.productType().toUpperCase(Locale.ROOT)), request.price(),
                request.currency(), request.stock()));
        return Response.status(Response.Status.CREATED).entity(product).build();
    }

    /** Deactivates: the product leaves the catalog but stays in past orders. */
    @DELETE
    @Path("/{id}")
    public ProductView deactivate(@PathParam("id") UUID id) {
        return catalog.deactivate(id);
    }
}
