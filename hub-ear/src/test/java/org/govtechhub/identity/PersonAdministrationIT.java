package org.govtechhub.identity;

import jakarta.inject.Inject;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditEntry;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator manages people and organisations; two administrators editing one person at once. */
@ExtendWith(ArquillianExtension.class)
class PersonAdministrationIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(PersonAdministrationIT.class).build();
    }

    @Inject
    private PersonService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AuditService audit;

    private Person newMentor() {
        Organisation department = organisations.save(new Organisation("Transport Scotland " + UUID.randomUUID(), OrganisationKind.DEPARTMENT));
        return people.create(new Person("Ewan Stewart", "mentor-" + UUID.randomUUID() + "@example.org", department,
                EnumSet.of(Role.MENTOR)), "a passphrase of words".toCharArray());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithAClearMessage() {
        Person person = newMentor();
        Person firstAdminsCopy = people.get(person.getId());
        Person secondAdminsCopy = people.get(person.getId());

        firstAdminsCopy.setPosition("Head of digital");
        people.update(firstAdminsCopy, null);
        secondAdminsCopy.setPosition("Deputy head of digital");
        BusinessException refused = assertThrows(BusinessException.class, () -> people.update(secondAdminsCopy, null));

        assertEquals("error.concurrentChange", refused.getMessageKey());
        assertEquals("Head of digital", people.get(person.getId()).getPosition());
    }

    @Test
    void auditColumnsAreStampedWithFractionalSecondsAndTheVersionGrows() {
        Person person = newMentor();
        Person copy = people.get(person.getId());
        copy.setPosition("Mentor lead");

        Person updated = people.update(copy, null);

        assertEquals("system", updated.getCreatedBy());
        assertTrue(updated.getVersion() > person.getVersion());
        assertFalse(updated.getUpdatedAt().isBefore(updated.getCreatedAt()));
        Person reloaded = people.get(person.getId());
        assertEquals(updated.getUpdatedAt(), reloaded.getUpdatedAt(), "stored with its microseconds");
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfter() {
        Person person = newMentor();
        Person copy = people.get(person.getId());
        copy.setRoles(EnumSet.of(Role.MENTOR, Role.JUROR));

        people.update(copy, null);

        List<AuditEntry> changes = audit.historyOf("Person", person.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.ROLES_CHANGED).toList();
        assertEquals("[MENTOR] -> [MENTOR, JUROR]", changes.get(0).getDetails());
        assertEquals(EnumSet.of(Role.MENTOR, Role.JUROR), people.get(person.getId()).getRoles());
    }

    @Test
    void aTakenEmailOrAShortPasswordIsRefusedWithItsReason() {
        Person existing = newMentor();
        Person twin = new Person("Someone Else", existing.getEmail(), null, EnumSet.of(Role.JUROR));

        assertEquals("person.emailTaken", assertThrows(BusinessException.class,
                () -> people.create(twin, "a passphrase of words".toCharArray())).getMessageKey());
        Person shortPassword = new Person("Someone Else", "other-" + UUID.randomUUID() + "@example.org", null, EnumSet.of(Role.JUROR));
        assertEquals("password.tooShort", assertThrows(BusinessException.class,
                () -> people.create(shortPassword, "short".toCharArray())).getMessageKey());
    }

    @Test
    void aDeactivatedPersonCannotSignInAndTheListFiltersByName() {
        Person person = newMentor();

        people.deactivate(person.getId(), "admin@example.org");

        assertFalse(people.signIn(person.getEmail(), "a passphrase of words".toCharArray(), "203.0.113.40").succeeded());
        List<Person> found = people.page(new PageRequest(0, 10, "fullName", true, Map.of("email", person.getEmail().toUpperCase())));
        assertEquals(List.of(person.getId()), found.stream().map(Person::getId).toList());
        assertFalse(found.get(0).isActive());
    }
}
