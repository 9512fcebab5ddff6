package org.govtechhub.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditEntry;
import org.govtechhub.shared.AuditService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A civil servant signs in; wrong passwords are counted and lock the account; every attempt is audited. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final char[] PASSWORD = "digital academy 2026".toCharArray();
    private static final char[] WRONG = "digital academy 2025".toCharArray();

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(SignInIT.class).build();
    }

    @Inject
    private PersonService people;

    @Inject
    private AuditService audit;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    private Person newCivilServant() {
        String email = "learner-" + UUID.randomUUID() + "@example.org";
        return people.create(new Person("Fiona MacLeod", email, null, EnumSet.of(Role.CIVIL_SERVANT)), PASSWORD.clone());
    }

    @Test
    void theRightPasswordSignsInWithThePersonsRoles() {
        Person person = newCivilServant();

        SignInResult result = people.signIn(person.getEmail().toUpperCase(), PASSWORD.clone());

        assertTrue(result.succeeded());
        assertEquals(EnumSet.of(Role.CIVIL_SERVANT), result.roles());
        assertNotNull(people.get(person.getId()).getLastLoginAt());
    }

    @Test
    void thePersonSigningInFromEightPlacesAtOnceGetsInEverywhere() throws Exception {
        Person person = newCivilServant();

        List<SignInResult> results = inParallel(8, () -> people.signIn(person.getEmail(), PASSWORD.clone()));

        assertTrue(results.stream().allMatch(SignInResult::succeeded), results.toString());
    }

    @Test
    void wrongPasswordsTriedAllAtOnceStillLockTheAccount() throws Exception {
        Person person = newCivilServant();

        List<SignInResult> results = inParallel(Person.MAX_FAILED_LOGINS, () -> people.signIn(person.getEmail(), WRONG.clone()));

        assertTrue(results.stream().noneMatch(SignInResult::succeeded), results.toString());
        assertEquals(SignInResult.Outcome.LOCKED, people.signIn(person.getEmail(), PASSWORD.clone()).outcome());
    }

    private static <T> List<T> inParallel(int times, Callable<T> attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : threads.invokeAll(Collections.nCopies(times, attempt))) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void thePasswordIsStoredAsAPbkdf2HashWith310000Iterations() {
        Person person = newCivilServant();

        String stored = (String) em.createNativeQuery("SELECT password_hash FROM person WHERE id = ?1")
                .setParameter(1, person.getId()).getSingleResult();

        assertTrue(stored.startsWith("pbkdf2-sha256$310000$"), stored.substring(0, 25));
        assertFalse(stored.contains(new String(PASSWORD)));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        Person person = newCivilServant();
        for (int attempt = 1; attempt < Person.MAX_FAILED_LOGINS; attempt++) {
            assertEquals(SignInResult.Outcome.INVALID, people.signIn(person.getEmail(), WRONG.clone()).outcome());
        }

        SignInResult fifth = people.signIn(person.getEmail(), WRONG.clone());
        SignInResult rightButLocked = people.signIn(person.getEmail(), PASSWORD.clone());

        assertEquals(SignInResult.Outcome.LOCKED, fifth.outcome());
        assertEquals(SignInResult.Outcome.LOCKED, rightButLocked.outcome());
        assertNotNull(rightButLocked.lockedUntil());
    }

    @Test
    void anUnknownEmailIsRefusedLikeAWrongPassword() {
        assertEquals(SignInResult.Outcome.INVALID, people.signIn("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD.clone()).outcome());
    }

    @Test
    void creationAndEverySignInAttemptAreInTheAuditLog() {
        Person person = newCivilServant();
        people.signIn(person.getEmail(), WRONG.clone());
        people.signIn(person.getEmail(), PASSWORD.clone());

        List<AuditAction> actions = audit.historyOf("Person", person.getId()).stream().map(AuditEntry::getAction).toList();

        assertTrue(actions.contains(AuditAction.CREATE), actions.toString());
        assertTrue(actions.contains(AuditAction.ROLES_CHANGED), actions.toString());
        assertTrue(actions.contains(AuditAction.LOGIN_FAILED), actions.toString());
        assertTrue(actions.contains(AuditAction.LOGIN), actions.toString());
        AuditEntry login = audit.historyOf("Person", person.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.LOGIN).findFirst().orElseThrow();
        assertEquals(person.getEmail(), login.getActor());
    }
}
