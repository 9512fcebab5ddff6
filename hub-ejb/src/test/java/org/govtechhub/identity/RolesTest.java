package org.govtechhub.identity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The services' role names are the people's roles, and the system's role is nobody's. */
class RolesTest {

    @Test
    void theConstantsNameEveryRoleAPersonHoldsAndTheSystemsOwn() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("SYSTEM_PRINCIPAL")) {
                assertEquals(field.getName(), field.get(null), "a constant is named as its value");
                constants.add((String) field.get(null));
            }
        }
        Set<String> people = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        people.add(Roles.SYSTEM);
        assertEquals(people, constants);
        assertFalse(Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(Roles.SYSTEM)), "no person holds SYSTEM");
        assertFalse(Roles.SYSTEM_PRINCIPAL.contains("@"), "no e-mail address, so no sign-in, is the system's principal");
    }
}
