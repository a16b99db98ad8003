package io.kervan.web.catalog;

import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductListings;
import io.kervan.catalog.application.ProductView;
import io.kervan.shared.domain.PageRequest;
import io.kervan.web.json.JsonConfiguration;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
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

    /** The page as JSON bytes: {@link ProductListings} keeps them, so a page asked for again is not rendered again. */
    @GET
    @APIResponse(responseCode = "200", description = "A page of the shop's active products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductList.class)))
    public Response browse(@QueryParam("search") @Size(max = 100, message = "search is at most 100 characters") String search,
                           @QueryParam("page") String page,
                           @QueryParam("page_size") String pageSize) {
        byte[] json = listings.browse(search, PageRequest.parse(page, pageSize), result -> JsonConfiguration.jsonb()
                .toJson(new ProductList(true, result.items(), Pagination.of(result))).getBytes(StandardCharsets.UTF_8));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    public ProductDetail show(@PathParam("id") UUID id) {
        return new ProductDetail(true, catalog.show(id));
    }
}
