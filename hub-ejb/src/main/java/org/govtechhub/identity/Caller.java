package org.govtechhub.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.govtechhub.shared.BusinessException;

import java.security.Principal;
import java.util.Locale;

/**
 * Who calls a service, for its ownership checks (the second of the two layers, docs/architecture.md): a use case
 * done for "me" — a founder's application, a mentor's session log, a learner's enrolment, a juror's score sheet —
 * takes the person's e-mail address from the web layer, and the service makes sure the caller <em>is</em> that person
 * ({@link #requireSelf}). The system's own work ({@link Roles#SYSTEM}: timers, start-up data) acts for anyone.
 * Called as an EJB, so it sees the caller of the service that calls it (or that service's run-as identity).
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT,
        Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
public class Caller {

    /** The refusal's bundle key: the work is someone else's. */
    public static final String NOT_YOURS = "error.notYours";

    @Resource
    private SessionContext context;

    /**
     * Refuses ({@value #NOT_YOURS}) unless the caller is the person with this e-mail address, the system, or holds one
     * of these roles, which may act for others.
     */
    public void requireSelf(String email, String... actingForOthers) {
        if (isSelf(email) || context.isCallerInRole(Roles.SYSTEM)) {
            return;
        }
        for (String role : actingForOthers) {
            if (context.isCallerInRole(role)) {
                return;
            }
        }
        throw new BusinessException(NOT_YOURS);
    }

    /** Whether the caller signed in with this e-mail address (in any case). */
    public boolean isSelf(String email) {
        Principal principal = context.getCallerPrincipal();
        return email != null && principal != null && normalised(email).equals(normalised(principal.getName()));
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
