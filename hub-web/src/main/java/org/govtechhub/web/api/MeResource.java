package org.govtechhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;

import java.util.List;

/** GET /api/me: who am I and what may I do. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String email, String fullName, String organisation, List<Role> roles, String language) {
    }

    @Inject
    private SecurityContext securityContext;

    @EJB
    private PersonService people;

    @GET
    @RolesAllowed({"ADMIN", "PROGRAM_MANAGER", "DEPARTMENT", "STARTUP", "MENTOR", "CIVIL_SERVANT", "JUROR", "EXPERT", "CITIZEN"})
    @Operation(summary = "The signed-in person and their roles")
    public Me me() {
        Person person = people.findByEmail(securityContext.getCallerPrincipal().getName()).orElseThrow();
        return new Me(person.getEmail(), person.getFullName(),
                person.getOrganisation() == null ? null : person.getOrganisation().getName(),
                person.getRoles().stream().sorted().toList(), person.getPreferredLocale());
    }
}
