package io.kervan.web.esim;

import io.kervan.esim.application.BundleQuery;
import io.kervan.esim.application.BundleSearch;
import io.kervan.esim.application.BundleView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The shop's eSIM bundles for a plan: {@code ?country=TR&data_gb=5&days=7}, cheapest first; no account needed. */
@Path("/esim/bundles")
@Tag(name = "eSIM")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EsimBundlesResource {

    public record Bundles(boolean success, List<BundleView> bundles) {
    }

    @Inject
    BundleSearch search;

    @GET
    public Bundles find(@QueryParam("country") String country, @QueryParam("data_gb") String dataGb,
                        @QueryParam("days") String days) {
        return new Bundles(true, search.find(BundleQuery.parse(country, dataGb, days)));
    }
}
