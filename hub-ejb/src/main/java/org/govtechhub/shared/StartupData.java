package org.govtechhub.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Decides at start-up whether this server loads the start-up data — the first administrator and the demo data of
 * every context, each of which loads only what is missing — so that two servers starting at the same moment never
 * load it twice. The first to ask takes a lease on the run of the current schema version ({@link JobRuns#lease}); a
 * second waits until it is done (then loads nothing) or until the lease ran out (then takes it over).
 * The web module, which starts after every start-up singleton of the EJB module has run, marks the run done
 * ({@code web.StartupDataReady}); if it never does (the server died), the lease runs out. Each loader asks {@link #here()}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class StartupData {

    static final String JOB = "startup-data";
    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(12);

    @EJB
    private JobRuns jobs;

    @EJB
    private DatabaseMigration migration;

    private boolean here;
    private String key;

    @PostConstruct
    void decide() {
        key = "schema-" + migration.schemaVersion();
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        while (true) {
            JobRun.Lease lease = jobs.lease(JOB, key, LEASE);
            if (lease != JobRun.Lease.BUSY) {
                here = lease == JobRun.Lease.TAKEN;
                LOG.info(() -> here ? "This server loads the start-up data (" + key + ")" : "The start-up data of " + key + " is loaded already");
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                LOG.warning(() -> "Another server still loads the start-up data of " + key + "; this one goes on without it");
                return;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether this server loads the start-up data. */
    public boolean here() {
        return here;
    }

    @PermitAll
    public void loaded() {
        if (here) {
            jobs.finish(JOB, key);
            LOG.info(() -> "Start-up data of " + key + " loaded");
        }
    }
}
