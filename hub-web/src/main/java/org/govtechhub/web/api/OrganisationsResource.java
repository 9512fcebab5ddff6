package org.govtechhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;

import java.util.List;

/** GET /api/organisations: the active departments and startups, for administrators and program managers. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    public record OrganisationView(Long id, String name, OrganisationKind kind, String website) {
    }

    @EJB
    private OrganisationService organisations;

    @GET
    @RolesAllowed({"ADMIN", "PROGRAM_MANAGER"})
    @Operation(summary = "Active departments and startups")
    public List<OrganisationView> active() {
        return organisations.active().stream()
                .map(o -> new OrganisationView(o.getId(), o.getName(), o.getKind(), o.getWebsite()))
                .toList();
    }
}
