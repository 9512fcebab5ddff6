package org.govtechhub.shared;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.function.IntSupplier;

/**
 * Scheduled work done once whatever the number of servers. {@link #once} runs in the caller's transaction (the
 * timer's): it locks the job's row, and if the run of that key is not done yet, does the work and records the run —
 * the work's changes and the record commit together. A second server's timer waits for the lock, then finds the run
 * done; a server that dies mid-run rolls back, and the next timer on any server does it. Timers fire several times a
 * day for that reason; only the first one of a key does anything.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class JobRuns {

    /** This server, as the job's row remembers it: the Payara instance's name, else the JVM's. */
    public static final String SERVER = System.getProperty("com.sun.aas.instanceName", ManagementFactory.getRuntimeMXBean().getName());

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** Runs {@code work} for {@code key} unless it was done already; returns what it did, or -1 when it was done elsewhere. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int once(String job, String key, IntSupplier work) {
        JobRun run = locked(job);
        if (run.done(key)) {
            return -1;
        }
        int done = work.getAsInt();
        run.ran(key, SERVER, Clock.now());
        return done;
    }

    /**
     * Work that spans several transactions (the start-up data): a lease on the run of {@code key}, in its own
     * transaction. The holder calls {@link #finish} when done; if it dies, the lease runs out and another takes it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobRun.Lease lease(String job, String key, Duration length) {
        return locked(job).lease(key, SERVER, Clock.now(), length);
    }

    /** The leased run of {@code key} is done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String job, String key) {
        locked(job).ran(key, SERVER, Clock.now());
    }

    private JobRun locked(String job) {
        JobRun run = em.find(JobRun.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new IllegalStateException("no job_run row for " + job);
        }
        return run;
    }

    public JobRun last(String job) {
        return em.find(JobRun.class, job);
    }

    /** The key of a daily run: the UTC date. */
    public static String day() {
        return Clock.now().toLocalDate().toString();
    }

    /** The key of a weekly run: the ISO week of the UTC date, e.g. 2026-W50. */
    public static String week() {
        LocalDate today = Clock.now().toLocalDate();
        return today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
