package io.kervan.web.catalog;

import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductListings;
import io.kervan.catalog.application.ProductView;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.web.shared.Pagination;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The shop's public catalog: active products only, no account needed. */
@ApplicationScoped
@Path("/public/products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicProductsResource {

    public record ProductList(boolean success, List<ProductView> products, Pagination pagination) {
    }

    public record ProductDetail(boolean success, ProductView product) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    ProductListings listings;

    @GET
    public ProductList browse(@QueryParam("search") @Size(max = 100, message = "search is at most 100 characters") String search,
                              @QueryParam("page") String page,
                              @QueryParam("page_size") String pageSize) {
        Page<ProductView> result = listings.browse(search, PageRequest.parse(page, pageSize));
        return new ProductList(true, result.items(), Pagination.of(result));
    }

    @GET
    @Path("/{id}")
    public ProductDetail show(@PathParam("id") UUID id) {
        return new ProductDetail(true, catalog.show(id));
    }
}
