package org.govtechhub.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * A scheduled job's last run: its key (the day or week it was for), which server did it and when it finished. The
 * row is the job's lock: a run holds it from its check to its commit (see {@link JobRuns}).
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @Column(length = 60)
    private String job;

    @Version
    private long version;

    @Column(name = "last_run", length = 80)
    private String lastRun;

    @Column(name = "last_owner", length = 100)
    private String lastOwner;

    @Column(name = "last_finished_at")
    private LocalDateTime lastFinishedAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    /** What a server asking for a lease on a run gets. */
    public enum Lease {
        /** The run is this server's to do, until the lease runs out. */
        TAKEN,
        /** The run is done already. */
        DONE,
        /** Another server holds the lease: wait. */
        BUSY
    }

    protected JobRun() {
    }

    /** Whether the run of {@code key} is done already. */
    public boolean done(String key) {
        return key.equals(lastRun);
    }

    void ran(String key, String owner, LocalDateTime at) {
        lastRun = key;
        lastOwner = owner;
        lastFinishedAt = at;
        leaseOwner = null;
        leaseUntil = null;
    }

    /** A server asks for the run of {@code key}: done, held by another whose lease still runs, or taken now. */
    Lease lease(String key, String owner, LocalDateTime now, java.time.Duration length) {
        if (done(key)) {
            return Lease.DONE;
        }
        if (leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil != null && leaseUntil.isAfter(now)) {
            return Lease.BUSY;
        }
        leaseOwner = owner;
        leaseUntil = now.plus(length);
        return Lease.TAKEN;
    }

    public String getJob() {
        return job;
    }

    public String getLastRun() {
        return lastRun;
    }

    public String getLastOwner() {
        return lastOwner;
    }

    public LocalDateTime getLastFinishedAt() {
        return lastFinishedAt;
    }
}
