package io.kervan.web.escrow;

import io.kervan.escrow.application.EscrowDesk;
import io.kervan.escrow.application.EscrowList;
import io.kervan.escrow.application.EscrowView;
import io.kervan.shared.domain.PageRequest;
import io.kervan.web.shared.Pagination;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The shop's escrows, newest first, filtered by {@code state} ({@code held}, {@code released}, {@code refunded}; all
 * when absent), with what all of them in that state add up to per currency ({@code totals}). Items leave the ledger
 * out ({@code ledger} null): an order's own escrow has it.
 */
@Path("/escrow")
@Tag(name = "Escrow")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin", "staff"})
public class EscrowResource {

    public record Escrows(boolean success, List<EscrowView> escrows, List<EscrowList.Total> totals,
                          Pagination pagination) {
    }

    @Inject
    EscrowDesk desk;

    @GET
    public Escrows list(@QueryParam("state") String state, @QueryParam("page") String page,
                        @QueryParam("page_size") String pageSize) {
        EscrowList found = desk.list(state, PageRequest.parse(page, pageSize));
        return new Escrows(true, found.page().items(), found.totals(), Pagination.of(found.page()));
    }
}
