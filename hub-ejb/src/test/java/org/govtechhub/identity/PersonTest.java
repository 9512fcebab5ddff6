package org.govtechhub.identity;

import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 25, 12, 0);
    private static final char[] PASSWORD = "a long enough secret".toCharArray();
    private static final char[] WRONG = "not the right secret".toCharArray();

    private Person civilServant() {
        Person person = new Person("Fiona MacLeod", " Fiona.MacLeod@Example.org ", null, EnumSet.of(Role.CIVIL_SERVANT));
        person.changePassword(PASSWORD);
        return person;
    }

    @Test
    void emailIsKeptTrimmedAndLowerCase() {
        assertEquals("fiona.macleod@example.org", civilServant().getEmail());
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedWithItsReason() {
        Person person = civilServant();

        BusinessException refused = assertThrows(BusinessException.class, () -> person.changePassword("elevenchars".toCharArray()));

        assertEquals("password.tooShort", refused.getMessageKey());
        assertEquals(12, refused.getParameters()[0]);
    }

    @Test
    void theRightPasswordIsTheLastSignInAndAWrongOneLeavesItAsItWas() {
        Person person = civilServant();

        assertFalse(person.checkPassword(WRONG, NOON));
        assertEquals(null, person.getLastLoginAt());
        assertTrue(person.checkPassword(PASSWORD, NOON));
        assertEquals(NOON, person.getLastLoginAt());
    }

    @Test
    void onlyEnglishAndRussianCanBePreferred() {
        Person person = civilServant();
        person.preferLanguage("ru");

        assertEquals("ru", person.getPreferredLocale());
        assertThrows(BusinessException.class, () -> person.preferLanguage("xx"));
    }
}
