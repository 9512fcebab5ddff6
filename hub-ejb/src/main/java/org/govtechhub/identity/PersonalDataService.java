package org.govtechhub.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditTrail;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the hub holds about a person (GDPR articles 15 and 17, ASVS 8.3): an administrator exports all of it, and
 * anonymises a person who leaves while the records that must stay (scores, certificates, applications) remain,
 * naming nobody. Both are in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
public class PersonalDataService {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private PersonService people;

    @Inject
    private AuditTrail auditTrail;

    /** Everything held about a person, when it was read. */
    public record PersonalData(long personId, LocalDateTime readAt, Map<String, List<Map<String, Object>>> records) {
    }

    public PersonalData export(long personId) {
        Person person = people.get(personId);
        try {
            PersonalData data = new PersonalData(personId, Clock.now(),
                    new PersonalDataMap(em.unwrap(Connection.class)).read(personId, person.getEmail()));
            auditTrail.record(AuditAction.PERSONAL_DATA_EXPORTED, "Person", personId,
                    data.records().values().stream().mapToInt(List::size).sum() + " rows");
            return data;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the personal data of person " + personId, e);
        }
    }

    /** The person left: see {@link Person#anonymise()}; nobody anonymises themselves. */
    public Person anonymise(long personId, String actingEmail) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw BusinessException.notFound(personId);
        }
        if (person.getEmail().equalsIgnoreCase(actingEmail)) {
            throw new BusinessException("person.cannotAnonymiseSelf");
        }
        String oldEmail = person.getEmail();
        person.anonymise();
        em.flush();
        try {
            new PersonalDataMap(em.unwrap(Connection.class)).erase(personId, oldEmail, person.getEmail(), person.getFullName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not anonymise person " + personId, e);
        }
        auditTrail.record(AuditAction.ANONYMISED, "Person", personId, null);
        return person;
    }
}
