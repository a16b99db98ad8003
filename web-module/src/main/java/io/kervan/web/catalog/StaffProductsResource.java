package io.kervan.web.catalog;

import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductChanges;
import io.kervan.catalog.application.ProductView;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.web.shared.Pagination;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Staff keep their shop's catalog: every product, active or not; add, edit, take off sale. */
@Path("/staff/products")
@Tag(name = "Catalog")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin", "staff"})
public class StaffProductsResource {

    public record ProductList(boolean success, List<ProductView> products, Pagination pagination) {
    }

    @Inject
    ProductCatalog catalog;

    @GET
    public ProductList list(@QueryParam("search") @Size(max = 100, message = "search is at most 100 characters")
                            String search,
                            @QueryParam("page") String page,
                            @QueryParam("page_size") String pageSize) {
        Page<ProductView> result = catalog.listForStaff(search, PageRequest.parse(page, pageSize));
        return new ProductList(true, result.items(), Pagination.of(result));
    }

    @POST
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewProductRequest request) {
        ProductView product = catalog.add(new NewProduct(request.sku(), request.name(), request.description(),
                ProductType.valueOf(request.productType().toUpperCase(Locale.ROOT)), request.price(),
                request.currency(), request.stock(), request.imageUrls()));
        return Response.status(Response.Status.CREATED).entity(product).build();
    }

    @PATCH
    @Path("/{id}")
    public ProductView edit(@PathParam("id") UUID id,
                            @NotNull(message = "a JSON body is required") @Valid ProductChangesRequest request) {
        return catalog.edit(id, new ProductChanges(request.name(), request.description(), request.price(),
                request.stock(), request.active(), request.imageUrls(), request.escrow()));
    }

    /** Deactivates: the product leaves the catalog but stays in past orders. */
    @DELETE
    @Path("/{id}")
    public ProductView deactivate(@PathParam("id") UUID id) {
        return catalog.deactivate(id);
    }
}
