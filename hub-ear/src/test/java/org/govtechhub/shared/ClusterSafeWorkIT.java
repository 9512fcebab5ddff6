package org.govtechhub.shared;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work that must happen once whatever the number of servers, on the real database: two servers' timers firing at
 * the same moment do the morning's run once; a run that dies in the middle leaves nothing, and the next timer does it;
 * two servers mailing the outbox at the same moment claim different rows, and a claimed row is nobody else's until its
 * lease runs out. (Two servers here are two threads with their own transactions: what the database sees is the same.)
 */
@ExtendWith(ArquillianExtension.class)
class ClusterSafeWorkIT {

    @Deployment
    static Archive<?> services() {
        return HubDeployment.services().with(ClusterSafeWorkIT.class).build();
    }

    @Inject
    private JobRuns jobs;

    @Inject
    private NotificationService notifications;

    private static ManagedExecutorService executor() throws Exception {
        return (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    }

    /** Runs each task on its own thread, all let go at the same moment, and returns their results in order. */
    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(executor().submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void twoServersTimersAtTheSameMomentDoTheMorningsRunOnce() throws Exception {
        String morning = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        Callable<Integer> timer = () -> jobs.once("milestone-watch", morning, () -> {
            runs.incrementAndGet();
            sleep(500);
            return 7;
        });

        List<Integer> results = atOnce(List.of(timer, timer, timer));

        assertEquals(1, runs.get(), "the work was done once");
        assertEquals(List.of(-1, -1, 7), results.stream().sorted().toList(), "the others found it done");
        JobRun last = jobs.last("milestone-watch");
        assertEquals(morning, last.getLastRun());
        assertEquals(JobRuns.SERVER, last.getLastOwner());
        assertEquals(-1, jobs.once("milestone-watch", morning, () -> 1), "a later timer of the same day does nothing");
    }

    @Test
    void aRunThatDiesInTheMiddleLeavesNothingAndTheNextTimerDoesIt() {
        String day = "test-" + UUID.randomUUID();
        String recipient = "watch-" + UUID.randomUUID() + "@example.org";
        Exception died = assertThrows(Exception.class, () -> jobs.once("mentoring-reminders", day, () -> {
            notifications.notify(recipient, "notification.mentoring.accepted", "a pair");
            throw new IllegalStateException("the server went down");
        }));
        assertInstanceOf(jakarta.ejb.EJBException.class, died);
        assertTrue(notifications.latestFor(recipient).isEmpty(), "the reminder of the failed run is gone with it");

        assertEquals(1, jobs.once("mentoring-reminders", day, () -> {
            notifications.notify(recipient, "notification.mentoring.accepted", "a pair");
            return 1;
        }));
        assertEquals(1, notifications.latestFor(recipient).size(), "sent once, by the next run");
    }

    @Test
    void twoServersMailingAtOnceClaimDifferentRowsAndAClaimedRowWaitsForItsLease() throws Exception {
        String recipient = "outbox-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 40; i++) {
            notifications.notify(recipient, "notification.training.approved", "Course " + i);
        }
        Duration lease = Duration.ofSeconds(20);
        List<List<Notification>> claims = atOnce(List.<Callable<List<Notification>>>of(
                () -> notifications.claimForMail(Clock.now(), 300, "server-a-" + UUID.randomUUID(), lease),
                () -> notifications.claimForMail(Clock.now(), 300, "server-b-" + UUID.randomUUID(), lease)));

        Set<Long> a = ids(claims.get(0));
        Set<Long> b = ids(claims.get(1));
        assertFalse(a.isEmpty() && b.isEmpty(), "the due rows were claimed");
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        assertEquals(Set.of(), both, "no row claimed by both servers");
        Set<Long> third = ids(notifications.claimForMail(Clock.now(), 300, "server-c-" + UUID.randomUUID(), lease));
        third.retainAll(a);
        assertEquals(Set.of(), third, "a claimed row is nobody else's while its lease runs");

        Notification one = claims.get(a.isEmpty() ? 1 : 0).get(0);
        assertEquals(null, notifications.mailSent(one.getId()).getMailClaim(), "a sent mail lets go of its claim");
        Set<Long> afterLease = ids(notifications.claimForMail(Clock.now().plus(lease).plusSeconds(1), 300, "server-d-" + UUID.randomUUID(), lease));
        assertFalse(afterLease.contains(one.getId()), "a sent mail is not claimed again");
        Set<Long> stillDue = new HashSet<>(a.isEmpty() ? b : a);
        stillDue.remove(one.getId());
        stillDue.retainAll(afterLease);
        assertFalse(stillDue.isEmpty(), "once the lease ran out, another server takes the rows a dead one held");
    }

    private static Set<Long> ids(List<Notification> claimed) {
        Set<Long> ids = new HashSet<>();
        claimed.forEach(n -> ids.add(n.getId()));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
