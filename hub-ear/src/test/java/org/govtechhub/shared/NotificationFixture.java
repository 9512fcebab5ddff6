package org.govtechhub.shared;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;

import java.util.EnumSet;
import java.util.UUID;

/** People with a language, and a business transaction that notifies and then is refused; unique addresses so tests never meet. */
@Stateless
public class NotificationFixture {

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public Person person(String name, String language) {
        Person person = people.createWithoutPassword(new Person(name, "mail-" + UUID.randomUUID() + "@example.org", null,
                EnumSet.of(Role.CIVIL_SERVANT)));
        people.preferLanguage(person.getEmail(), language);
        return people.findByEmail(person.getEmail()).orElseThrow();
    }

    /** A use case that tells someone something, then hits a rule that says no: its transaction rolls back. */
    public void notifyThenRefuse(String email, String messageKey, Object... parameters) {
        notifications.notify(email, messageKey, parameters);
        throw new BusinessException("error.test.refused");
    }
}
