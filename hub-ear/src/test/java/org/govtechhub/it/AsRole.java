package org.govtechhub.it;

import jakarta.enterprise.inject.spi.CDI;
import org.govtechhub.identity.Role;

import java.lang.reflect.InvocationTargetException;

/**
 * Test only: a piece of work done as a caller who holds one role, through a {@code @RunAs} bean per role
 * (their principals are mapped in the test WAR's glassfish-web.xml), e.g.
 * {@code AsRole.STARTUP.attempt(() -> applications.withdraw(id, "someone@else"))}. The work's exception is returned,
 * not thrown, so that a refusal is no system exception of the bean that runs it (no rollback, no log).
 * Deploy with {@link #CLASSES}.
 */
public enum AsRole {
    ADMIN(AsAdmin.class),
    PROGRAM_MANAGER(AsProgramManager.class),
    DEPARTMENT(AsDepartment.class),
    STARTUP(AsStartup.class),
    MENTOR(AsMentor.class),
    CIVIL_SERVANT(AsCivilServant.class),
    JUROR(AsJuror.class),
    EXPERT(AsExpert.class),
    CITIZEN(AsCitizen.class);

    /** Every class AsRole needs in a test deployment. */
    public static final Class<?>[] CLASSES = {AsRole.class, Runner.class, Work.class, AsAdmin.class, AsProgramManager.class, AsDepartment.class, AsStartup.class, AsMentor.class, AsCivilServant.class, AsJuror.class, AsExpert.class, AsCitizen.class};

    /** Work that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** The business interface of the run-as beans. */
    public interface Runner {
        Throwable attempt(Work work);
    }

    private final Class<? extends Runner> bean;

    AsRole(Class<? extends Runner> bean) {
        this.bean = bean;
    }

    /** The application's role of this name. */
    public Role role() {
        return Role.valueOf(name());
    }

    public static AsRole of(Role role) {
        return valueOf(role.name());
    }

    /** Does the work as a caller with this role alone; what it threw (unwrapped from reflection), or null. */
    public Throwable attempt(Work work) {
        return CDI.current().select(bean).get().attempt(work);
    }

    static Throwable attemptHere(Work work) {
        try {
            work.run();
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }
}
