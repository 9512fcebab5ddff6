package org.govtechhub.shared;

import jakarta.ejb.EJBContext;
import org.govtechhub.identity.Roles;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Who is acting in the current EJB call: the signed-in user's name, or {@code system} for work the
 * application does on its own (start-up, timers — which run as {@link Roles#SYSTEM_PRINCIPAL} —, anonymous sign-in
 * attempts).
 */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String current() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            if (principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName())
                    || Roles.SYSTEM_PRINCIPAL.equals(principal.getName())) {
                return SYSTEM;
            }
            return principal.getName();
        } catch (NamingException | IllegalStateException notInAnEjbCall) {
            return SYSTEM;
        }
    }
}
