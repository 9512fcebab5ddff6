package org.govtechhub.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security: form sign-in on our own JSF login page, checked by {@link HubIdentityStore}.
 * Which roles may open which page is declared in web.xml (everything else is denied);
 * REST resources declare theirs with {@code @RolesAllowed}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"ADMIN", "PROGRAM_MANAGER", "DEPARTMENT", "STARTUP", "MENTOR", "CIVIL_SERVANT", "JUROR"})
@ApplicationScoped
public class SecurityConfiguration {
}
