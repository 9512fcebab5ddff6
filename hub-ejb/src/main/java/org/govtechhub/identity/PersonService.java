package org.govtechhub.identity;

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
public class PersonService extends CrudService<Person> {

    @Inject
    private AuditTrail auditTrail;

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
    public List<Person> active() {
        return em.createNamedQuery("Person.active", Person.class).getResultList();
    }

    /** The active people of an organisation who hold a role (a startup's founders, a department's staff...). */
    public List<Person> membersWithRole(Organisation organisation, Role role) {
        return em.createNamedQuery("Person.membersWithRole", Person.class).setParameter("role", role).setParameter("organisation", organisation)
                .getResultList();
    }

    /** The active people who hold a role, by name (the jurors a pitch jury is chosen from...). */
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
    public Person createWithoutPassword(@NotNull @Valid Person person) {
        requireUniqueEmail(person);
        return save(person, true);
    }

    /** Saves an edited person; a non-empty new password replaces the old one. */
    public Person update(@NotNull @Valid Person person, char[] newPassword) {
        requireUniqueEmail(person);
        Set<Role> rolesBefore = get(person.getId()).getRoles();
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

    public Person deactivate(Long id, String actingEmail) {
        Person person = get(id);
        if (person.getEmail().equalsIgnoreCase(actingEmail)) {
            throw new BusinessException("person.cannotDeactivateSelf");
        }
        person.deactivate();
        return person;
    }

    public Person activate(Long id) {
        Person person = get(id);
        person.activate();
        return person;
    }

    public void preferLanguage(String email, String language) {
        findByEmail(email).ifPresent(person -> person.preferLanguage(language));
    }

    /**
     * Checks an email and password. Failed attempts count per account and lock it at the limit;
     * unknown emails take as long as known ones. Every attempt is audited. Attempts on one account take its row in
     * turn (SELECT … FOR UPDATE): the same person signing in from two places at once both get in, instead of one
     * failing on the row's version, and parallel guesses cannot slip past the failure count.
     */
    public SignInResult signIn(String email, char[] password) {
        LocalDateTime now = Clock.now();
        Optional<Person> found = byEmail(email, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || !found.get().canSignIn()) {
            PasswordHasher.verifyNothing(password == null ? new char[0] : password);
            auditTrail.record(attemptedBy(email), AuditAction.LOGIN_FAILED, "Person", found.map(Person::getId).orElse(null), "unknown or inactive account");
            return SignInResult.invalid();
        }
        Person person = found.get();
        if (person.isLockedAt(now)) {
            auditTrail.record(attemptedBy(email), AuditAction.LOGIN_LOCKED, "Person", person.getId(), "locked until " + person.getLockedUntil());
            return SignInResult.locked(person.getLockedUntil());
        }
        if (person.checkPassword(password, now)) {
            if (!person.isEmailVerified()) {
                auditTrail.record(attemptedBy(email), AuditAction.LOGIN_FAILED, "Person", person.getId(), "e-mail not verified");
                return SignInResult.unverified();
            }
            auditTrail.record(attemptedBy(email), AuditAction.LOGIN, "Person", person.getId(), null);
            return SignInResult.success(person);
        }
        auditTrail.record(attemptedBy(email), AuditAction.LOGIN_FAILED, "Person", person.getId(), "wrong password");
        return person.isLockedAt(now) ? SignInResult.locked(person.getLockedUntil()) : SignInResult.invalid();
    }

    public void signedOut(String email) {
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
