package org.govtechhub.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers, hub-a and hub-b, starting at the same moment: the first takes the lease on loading the start-up data,
 * the second waits while it runs and takes it over only if hub-a died and its lease ran out; once loaded, nobody loads
 * it again. A daily job is done once per day.
 */
class JobRunTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void theFirstServerTakesTheLeaseTheSecondWaitsAndTakesItOverOnlyOnceItRanOut() {
        JobRun run = new JobRun();

        assertEquals(JobRun.Lease.TAKEN, run.lease("schema-24", "hub-a", NINE, TEN_MINUTES));
        assertEquals(JobRun.Lease.BUSY, run.lease("schema-24", "hub-b", NINE.plusSeconds(2), TEN_MINUTES));
        assertEquals(JobRun.Lease.TAKEN, run.lease("schema-24", "hub-a", NINE.plusMinutes(1), TEN_MINUTES), "its own lease, renewed");
        assertEquals(JobRun.Lease.BUSY, run.lease("schema-24", "hub-b", NINE.plusMinutes(10), TEN_MINUTES));
        assertEquals(JobRun.Lease.TAKEN, run.lease("schema-24", "hub-b", NINE.plusMinutes(11).plusSeconds(1), TEN_MINUTES), "hub-a died");
    }

    @Test
    void onceLoadedNobodyLoadsItAgainUntilANewSchemaVersion() {
        JobRun run = new JobRun();
        run.lease("schema-24", "hub-a", NINE, TEN_MINUTES);
        run.ran("schema-24", "hub-a", NINE.plusMinutes(3));

        assertEquals(JobRun.Lease.DONE, run.lease("schema-24", "hub-b", NINE.plusMinutes(4), TEN_MINUTES));
        assertEquals("hub-a", run.getLastOwner());
        assertEquals(JobRun.Lease.TAKEN, run.lease("schema-25", "hub-b", NINE.plusDays(7), TEN_MINUTES), "an upgrade loads what is new");
    }

    @Test
    void aDailyJobIsDoneOncePerDay() {
        JobRun run = new JobRun();
        assertFalse(run.done("2027-03-01"));
        run.ran("2027-03-01", "hub-b", NINE);
        assertTrue(run.done("2027-03-01"));
        assertFalse(run.done("2027-03-02"));
    }
}
