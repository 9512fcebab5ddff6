package org.govtechhub.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditTrail;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** People: the administrator's use cases and signing in. */
@Stateless
@PermitAll
public class PersonService extends CrudService<Person> {

    @EJB
    private Caller caller;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private SignInThrottles throttles;

    public PersonService() {
        super(Person.class);
    }

    public Optional<Person> findByEmail(String email) {
        return byEmail(email, LockModeType.NONE);
    }

    private Optional<Person> byEmail(String email, LockModeType lock) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Person.byEmail", Person.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).setLockMode(lock)
                .getResultStream().findFirst();
    }

    /** Everyone active, by name: the choices of "who" fields (line manager, instructor...). */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Person> active() {
        return em.createNamedQuery("Person.active", Person.class).getResultList();
    }

    /** The active people of an organisation who hold a role (a startup's founders, a department's staff...). */
    public List<Person> membersWithRole(Organisation organisation, Role role) {
        return em.createNamedQuery("Person.membersWithRole", Person.class).setParameter("role", role).setParameter("organisation", organisation)
                .getResultList();
    }

    /** The active people who hold a role, by name (the jurors a pitch jury is chosen from...). */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public List<Person> withRole(Role role) {
        return em.createNamedQuery("Person.withRole", Person.class).setParameter("role", role).getResultList();
    }

    public Person create(@NotNull @Valid Person person, char[] password) {
        requireUniqueEmail(person);
        person.changePassword(password);
        Person saved = save(person, true);
        auditTrail.record(AuditAction.ROLES_CHANGED, "Person", saved.getId(), "[] -> " + new TreeSet<>(saved.getRoles()));
        return saved;
    }

    /** A person who cannot sign in until an administrator sets a password. */
    @RolesAllowed(Roles.SYSTEM)
    public Person createWithoutPassword(@NotNull @Valid Person person) {
        requireUniqueEmail(person);
        return save(person, true);
    }

    /** Saves an edited person; a non-empty new password replaces the old one. */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Person update(@NotNull @Valid Person person, char[] newPassword) {
        requireUniqueEmail(person);
        Person stored = get(person.getId());
        if (stored.isAnonymised()) {
            throw new BusinessException("person.anonymised");
        }
        Set<Role> rolesBefore = stored.getRoles();
        if (newPassword != null && newPassword.length > 0) {
            person.changePassword(newPassword);
        }
        Person saved = save(person, false);
        if (!rolesBefore.equals(saved.getRoles())) {
            auditTrail.record(AuditAction.ROLES_CHANGED, "Person", saved.getId(),
                    new TreeSet<>(rolesBefore) + " -> " + new TreeSet<>(saved.getRoles()));
        }
        return saved;
    }

    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Person deactivate(Long id, String actingEmail) {
        caller.requireSelf(actingEmail);
        Person person = get(id);
        if (person.getEmail().equalsIgnoreCase(actingEmail)) {
            throw new BusinessException("person.cannotDeactivateSelf");
        }
        person.deactivate();
        return person;
    }

    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Person activate(Long id) {
        Person person = get(id);
        person.activate();
        return person;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public void preferLanguage(String email, String language) {
        caller.requireSelf(email);
        findByEmail(email).ifPresent(person -> person.preferLanguage(language));
    }

    /**
     * Checks an email and password from a client address. Failures are throttled per account at that address and per
     * address ({@link SignInThrottle}): a blocked attempt is refused without looking at the password, and a stranger's
     * guesses never keep the owner out. An unknown address, a wrong password and a throttled attempt get the same
     * answer after the same work (the throttle rows, the person's row, one password hash), so none tells whether the
     * account exists. Every attempt is audited. Attempts take the rows in turn (SELECT … FOR UPDATE, always in the
     * same order): the same person signing in from two places at once both get in, and parallel guesses are counted.
     */
    public SignInResult signIn(String email, char[] password, String clientAddress) {
        LocalDateTime now = Clock.now();
        char[] given = password == null ? new char[0] : password;
        SignInThrottle accountAtAddress = throttles.lock(SignInThrottle.Scope.ACCOUNT_AT_ADDRESS, email, clientAddress);
        SignInThrottle address = throttles.lock(SignInThrottle.Scope.ADDRESS, email, clientAddress);
        Optional<Person> found = byEmail(email, LockModeType.PESSIMISTIC_WRITE);
        Long personId = found.map(Person::getId).orElse(null);
        if (accountAtAddress.isBlockedAt(now) || address.isBlockedAt(now)) {
            PasswordHasher.verifyNothing(given);
            return failed(email, personId, AuditAction.LOGIN_THROTTLED, "throttled from " + clientAddress, now, accountAtAddress, address);
        }
        if (found.isEmpty() || !found.get().canSignIn()) {
            PasswordHasher.verifyNothing(given);
            return failed(email, personId, AuditAction.LOGIN_FAILED, "unknown or inactive account", now, accountAtAddress, address);
        }
        Person person = found.get();
        if (!person.checkPassword(given, now)) {
            return failed(email, personId, AuditAction.LOGIN_FAILED, "wrong password", now, accountAtAddress, address);
        }
        accountAtAddress.succeeded();
        if (!person.isEmailVerified()) {
            auditTrail.record(attemptedBy(email), AuditAction.LOGIN_FAILED, "Person", personId, "e-mail not verified");
            return SignInResult.unverified();
        }
        auditTrail.record(attemptedBy(email), AuditAction.LOGIN, "Person", personId, null);
        return SignInResult.success(person);
    }

    private SignInResult failed(String email, Long personId, AuditAction action, String why, LocalDateTime now, SignInThrottle... counted) {
        for (SignInThrottle throttle : counted) {
            throttle.failedAt(now);
        }
        auditTrail.record(attemptedBy(email), action, "Person", personId, why);
        return SignInResult.refused();
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public void signedOut(String email) {
        caller.requireSelf(email);
        findByEmail(email).ifPresent(person ->
                auditTrail.record(attemptedBy(email), AuditAction.LOGOUT, "Person", person.getId(), null));
    }

    private static String attemptedBy(String email) {
        return email == null || email.isBlank() ? "anonymous" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void requireUniqueEmail(Person person) {
        findByEmail(person.getEmail())
                .filter(other -> !other.getId().equals(person.getId()))
                .ifPresent(other -> {
                    throw new BusinessException("person.emailTaken", person.getEmail());
                });
    }
}
