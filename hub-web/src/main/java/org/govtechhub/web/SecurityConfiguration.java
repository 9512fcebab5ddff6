package org.govtechhub.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Jakarta Security: sign-in on our own JSF login page by {@link SessionAuthenticationMechanism},
 * credentials checked by {@link HubIdentityStore}.
 * Which roles may open which page is declared in web.xml (everything else is denied);
 * REST resources declare theirs with {@code @RolesAllowed}.
 */
@DeclareRoles({"ADMIN", "PROGRAM_MANAGER", "DEPARTMENT", "STARTUP", "MENTOR", "CIVIL_SERVANT", "JUROR", "EXPERT", "CITIZEN"})
@ApplicationScoped
public class SecurityConfiguration {
}
