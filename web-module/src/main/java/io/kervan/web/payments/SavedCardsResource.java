package io.kervan.web.payments;

import io.kervan.payments.application.SavedCardService;
import io.kervan.payments.application.SavedCardView;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in customer's saved cards in this shop: listed (brand, last four digits, expiry where the provider told
 * it; never a token), and deleted, at the provider first. Another customer's card, or another shop's, is a 404 and
 * nothing is deleted; a provider that does not answer is a 503 and the card stays saved.
 */
@Path("/auth/me/cards")
@Tag(name = "Customer accounts")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("customer")
public class SavedCardsResource {

    /** The body of the list. */
    public record Cards(List<SavedCardView> cards) {
    }

    @Inject
    SavedCardService savedCards;

    @Inject
    Caller caller;

    @GET
    public Cards list() {
        return new Cards(savedCards.ofCustomer(customer()));
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") UUID id) {
        savedCards.delete(customer(), id);
    }

    private UUID customer() {
        return caller.customerId().orElseThrow();
    }
}
