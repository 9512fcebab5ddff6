package org.govtechhub.identity;

import org.govtechhub.identity.SignInThrottle.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 7, 12, 0);

    private static SignInThrottle accountAtAddress() {
        return new SignInThrottle(Scope.ACCOUNT_AT_ADDRESS, Scope.ACCOUNT_AT_ADDRESS.key("juror@govtech-hub.demo", "203.0.113.7"));
    }

    @Test
    void fiveFailuresAreFreeAndEachFurtherOneDoublesTheWait() {
        SignInThrottle throttle = accountAtAddress();
        for (int failure = 1; failure <= 5; failure++) {
            throttle.failedAt(NOON);
            assertFalse(throttle.isBlockedAt(NOON), "blocked after only " + failure + " failures");
        }

        throttle.failedAt(NOON);
        assertEquals(NOON.plusSeconds(1), throttle.getBlockedUntil());
        throttle.failedAt(NOON);
        assertEquals(NOON.plusSeconds(2), throttle.getBlockedUntil());
        throttle.failedAt(NOON);
        assertEquals(NOON.plusSeconds(4), throttle.getBlockedUntil());
        assertTrue(throttle.isBlockedAt(NOON.plusSeconds(3)));
        assertFalse(throttle.isBlockedAt(NOON.plusSeconds(4)));
    }

    @Test
    void theWaitNeverGrowsBeyondFifteenMinutes() {
        SignInThrottle throttle = accountAtAddress();
        for (int failure = 1; failure <= 200; failure++) {
            throttle.failedAt(NOON);
        }

        assertEquals(NOON.plus(SignInThrottle.LONGEST_DELAY), throttle.getBlockedUntil());
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        SignInThrottle throttle = accountAtAddress();
        for (int failure = 1; failure <= 8; failure++) {
            throttle.failedAt(NOON);
        }

        throttle.failedAt(NOON.plusHours(1));

        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isBlockedAt(NOON.plusHours(1)));
    }

    @Test
    void theRightPasswordForgivesTheFailures() {
        SignInThrottle throttle = accountAtAddress();
        for (int failure = 1; failure <= 7; failure++) {
            throttle.failedAt(NOON);
        }

        throttle.succeeded();

        assertEquals(0, throttle.getFailures());
        assertFalse(throttle.isBlockedAt(NOON));
    }

    @Test
    void anAddressGetsThirtyFreeFailuresOverAllAccounts() {
        SignInThrottle office = new SignInThrottle(Scope.ADDRESS, Scope.ADDRESS.key(null, "203.0.113.7"));
        for (int failure = 1; failure <= 30; failure++) {
            office.failedAt(NOON);
        }
        assertFalse(office.isBlockedAt(NOON));

        office.failedAt(NOON);

        assertTrue(office.isBlockedAt(NOON));
    }

    @Test
    void keysTellAccountsAndAddressesApartAndHoldNeitherInClear() {
        String key = Scope.ACCOUNT_AT_ADDRESS.key(" Juror@GovTech-Hub.demo ", "203.0.113.7");

        assertEquals(key, Scope.ACCOUNT_AT_ADDRESS.key("juror@govtech-hub.demo", "203.0.113.7"));
        assertNotEquals(key, Scope.ACCOUNT_AT_ADDRESS.key("juror@govtech-hub.demo", "198.51.100.1"));
        assertNotEquals(key, Scope.ADDRESS.key("juror@govtech-hub.demo", "203.0.113.7"));
        assertEquals(Scope.ADDRESS.key("a@example.org", "203.0.113.7"), Scope.ADDRESS.key("b@example.org", "203.0.113.7"));
        assertEquals(64, key.length());
        assertFalse(key.contains("juror") || key.contains("203.0"));
    }
}
