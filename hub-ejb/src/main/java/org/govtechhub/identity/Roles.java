package org.govtechhub.identity;

/**
 * The role names as constants, for {@code @RolesAllowed} and {@code @RunAs} (annotations need compile-time
 * constants, which {@link Role}'s names are not). Each person's roles are {@link Role}s, named alike
 * ({@code RolesTest}); {@link #SYSTEM} is no person's: it is the identity of work nobody asked for — timers, the
 * mail outbox, the start-up data — which runs {@code @RunAs(Roles.SYSTEM)}. The application maps it to the
 * principal {@code hub-system} (hub-ear's glassfish-application.xml), a name no sign-in can have: callers sign in
 * with an e-mail address.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String STARTUP = "STARTUP";
    public static final String MENTOR = "MENTOR";
    public static final String CIVIL_SERVANT = "CIVIL_SERVANT";
    public static final String JUROR = "JUROR";
    public static final String EXPERT = "EXPERT";
    public static final String CITIZEN = "CITIZEN";
    /** Work with no person behind it; no person holds it. */
    public static final String SYSTEM = "SYSTEM";
    /** The principal that runs as {@link #SYSTEM}, as the application's role mapping names it. */
    public static final String SYSTEM_PRINCIPAL = "hub-system";

    private Roles() {
    }
}
