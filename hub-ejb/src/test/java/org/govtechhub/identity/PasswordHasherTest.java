package org.govtechhub.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void storesPbkdf2Sha256WithAtLeast310000IterationsAndA16ByteSalt() {
        String[] parts = PasswordHasher.hash(PASSWORD).split("\\$");

        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 310_000, "iterations " + parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertNotEquals(PasswordHasher.hash(PASSWORD), PasswordHasher.hash(PASSWORD));
    }

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String stored = PasswordHasher.hash(PASSWORD);

        assertTrue(PasswordHasher.verify(PASSWORD, stored));
        assertFalse(PasswordHasher.verify("correct horse battery!".toCharArray(), stored));
    }

    @Test
    void rejectsMissingAndMalformedHashesWithoutThrowing() {
        assertFalse(PasswordHasher.verify(PASSWORD, null));
        assertFalse(PasswordHasher.verify(PASSWORD, "plain-text"));
        assertFalse(PasswordHasher.verify(PASSWORD, "pbkdf2-sha256$x$y$z"));
        assertFalse(PasswordHasher.verify(PASSWORD, "pbkdf2-sha256$1000$!!$??"));
    }
}
