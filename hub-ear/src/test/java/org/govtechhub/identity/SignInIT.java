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

/**
 * A civil servant signs in; wrong passwords are throttled at the guesser's address, never locking the owner out, and
 * every attempt is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final char[] PASSWORD = "digital academy 2026".toCharArray();
    private static final char[] WRONG = "digital academy 2025".toCharArray();
    private static final String OWNERS_DESK = "192.0.2.10";

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

        SignInResult result = people.signIn(person.getEmail().toUpperCase(), PASSWORD.clone(), OWNERS_DESK);

        assertTrue(result.succeeded());
        assertEquals(EnumSet.of(Role.CIVIL_SERVANT), result.roles());
        assertNotNull(people.get(person.getId()).getLastLoginAt());
    }

    @Test
    void thePersonSigningInFromEightPlacesAtOnceGetsInEverywhere() throws Exception {
        Person person = newCivilServant();

        List<SignInResult> results = inParallel(8, () -> people.signIn(person.getEmail(), PASSWORD.clone(), OWNERS_DESK));

        assertTrue(results.stream().allMatch(SignInResult::succeeded), results.toString());
    }

    @Test
    void tenWrongPasswordsTriedAllAtOnceAreEachCountedAndTheGuesserWaitsEvenWithTheRightOne() throws Exception {
        Person person = newCivilServant();
        String guesser = guesser();

        List<SignInResult> results = inParallel(10, () -> people.signIn(person.getEmail(), WRONG.clone(), guesser));

        assertTrue(results.stream().noneMatch(SignInResult::succeeded), results.toString());
        assertEquals(SignInResult.Outcome.REFUSED, people.signIn(person.getEmail(), PASSWORD.clone(), guesser).outcome());
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
    void fiveWrongPasswordsAreFreeAfterThatTheGuessersAddressWaitsButTheOwnerSignsInFromTheirs() {
        Person person = newCivilServant();
        String guesser = guesser();
        for (int attempt = 1; attempt <= SignInThrottle.Scope.ACCOUNT_AT_ADDRESS.freeFailures(); attempt++) {
            assertEquals(SignInResult.Outcome.REFUSED, people.signIn(person.getEmail(), WRONG.clone(), guesser).outcome());
        }
        assertTrue(people.signIn(person.getEmail(), PASSWORD.clone(), guesser).succeeded(), "five failures are free");
        for (int attempt = 1; attempt <= 8; attempt++) {
            people.signIn(person.getEmail(), WRONG.clone(), guesser);
        }

        SignInResult rightButThrottled = people.signIn(person.getEmail(), PASSWORD.clone(), guesser);
        SignInResult owner = people.signIn(person.getEmail(), PASSWORD.clone(), OWNERS_DESK);

        assertEquals(SignInResult.Outcome.REFUSED, rightButThrottled.outcome());
        assertTrue(owner.succeeded(), "a stranger's guesses do not lock the owner out");
        assertTrue(audit.historyOf("Person", person.getId()).stream().anyMatch(e -> e.getAction() == AuditAction.LOGIN_THROTTLED));
    }

    @Test
    void anAddressThatGuessesAcrossManyAccountsIsSlowedDownForEveryAccount() {
        Person person = newCivilServant();
        String guesser = guesser();
        for (int attempt = 0; attempt <= SignInThrottle.Scope.ADDRESS.freeFailures(); attempt++) {
            people.signIn("nobody-" + UUID.randomUUID() + "@example.org", WRONG.clone(), guesser);
        }

        assertEquals(SignInResult.Outcome.REFUSED, people.signIn(person.getEmail(), PASSWORD.clone(), guesser).outcome());
        assertTrue(people.signIn(person.getEmail(), PASSWORD.clone(), OWNERS_DESK).succeeded());
    }

    @Test
    void anUnknownEmailIsRefusedLikeAWrongPassword() {
        Person person = newCivilServant();

        SignInResult unknown = people.signIn("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD.clone(), OWNERS_DESK);
        SignInResult wrong = people.signIn(person.getEmail(), WRONG.clone(), OWNERS_DESK);

        assertEquals(wrong, unknown);
    }

    /** A fresh address of the documentation prefix 2001:db8::/32 per test, so no test's throttle meets another's. */
    private static String guesser() {
        String random = UUID.randomUUID().toString();
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(9, 13) + "::" + random.substring(14, 18);
    }

    @Test
    void creationAndEverySignInAttemptAreInTheAuditLog() {
        Person person = newCivilServant();
        people.signIn(person.getEmail(), WRONG.clone(), OWNERS_DESK);
        people.signIn(person.getEmail(), PASSWORD.clone(), OWNERS_DESK);

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
