package org.govtechhub.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery rules of a notification's mail: due at once, retried with a growing wait, never given up. */
class NotificationMailTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 25, 12, 0);

    private static Notification approved() {
        return new Notification("fiona.macleod@example.org", "notification.training.approved", "Data basics");
    }

    @Test
    void aNewNotificationIsPendingAndDueAtOnce() {
        Notification notification = approved();

        assertEquals(MailStatus.PENDING, notification.getMailStatus());
        assertEquals(0, notification.getMailAttempts());
        assertTrue(notification.isMailDueAt(NOON));
    }

    @Test
    void failuresWaitOneTwoFourMinutesAndSoOnUpToAnHourAndNeverGiveUp() {
        Notification notification = approved();
        List<Long> waits = new ArrayList<>();
        LocalDateTime now = NOON;
        for (int attempt = 1; attempt <= 12; attempt++) {
            notification.mailFailed(now, "Connection refused");
            waits.add(Duration.between(now, notification.getMailNextAttemptAt()).toMinutes());
            now = notification.getMailNextAttemptAt();
        }

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L, 60L, 60L), waits);
        assertEquals(MailStatus.PENDING, notification.getMailStatus(), "never given up");
        assertEquals(12, notification.getMailAttempts());
        assertEquals("Connection refused", notification.getMailLastError());
    }

    @Test
    void aFailedMailIsNotDueBeforeItsNextAttemptAndDueFromThen() {
        Notification notification = approved();

        notification.mailFailed(NOON, "Connection refused");

        assertFalse(notification.isMailDueAt(NOON.plusSeconds(59)));
        assertTrue(notification.isMailDueAt(NOON.plusMinutes(1)));
    }

    @Test
    void theRetryBaseIsConfigurableAndTheCapScalesWithIt() {
        Duration second = Duration.ofSeconds(1);

        assertEquals(Duration.ofSeconds(1), Notification.backoff(1, second));
        assertEquals(Duration.ofSeconds(8), Notification.backoff(4, second));
        assertEquals(Duration.ofSeconds(60), Notification.backoff(7, second));
        assertEquals(Duration.ofMinutes(60), Notification.backoff(Integer.MAX_VALUE, Notification.DEFAULT_RETRY_BASE), "no overflow");
    }

    @Test
    void aSentMailIsDoneAndForgetsTheLastError() {
        Notification notification = approved();
        notification.mailFailed(NOON, "Connection refused");

        notification.mailSent(NOON.plusMinutes(1));

        assertEquals(MailStatus.SENT, notification.getMailStatus());
        assertEquals(NOON.plusMinutes(1), notification.getMailSentAt());
        assertEquals(2, notification.getMailAttempts());
        assertNull(notification.getMailLastError());
        assertNull(notification.getMailNextAttemptAt());
        assertFalse(notification.isMailDueAt(NOON.plusDays(1)));
    }

    @Test
    void aLateFailureOrASecondSendingChangesNothingOnceSent() {
        Notification notification = approved();
        notification.mailSent(NOON);

        notification.mailFailed(NOON.plusMinutes(1), "late");
        notification.mailSent(NOON.plusMinutes(2));

        assertEquals(MailStatus.SENT, notification.getMailStatus());
        assertEquals(NOON, notification.getMailSentAt());
        assertEquals(1, notification.getMailAttempts());
        assertNull(notification.getMailLastError());
    }

    @Test
    void aLongErrorIsCutToTheColumnSize() {
        Notification notification = approved();

        notification.mailFailed(NOON, "x".repeat(5000));

        assertEquals(Notification.MAX_ERROR_LENGTH, notification.getMailLastError().length());
    }
}
