package org.govtechhub.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.identity.PersonalDataService.PersonalData;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.CertificateService;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.TrainingFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator exports everything held about a person, and anonymises a person who leaves: the records that
 * must stay (an enrolment, its certificate) stay, and the person's name and address are nowhere any more.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(PersonalDataIT.class, TrainingFixture.class).build();
    }

    @Inject
    private TrainingFixture training;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private CertificateService certificates;

    @Inject
    private PasswordResetService resets;

    @Inject
    private PersonService people;

    @Inject
    private PersonalDataService personalData;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** A learner with a completed course, its certificate and the notification about it, and a pending password reset. */
    private record Learner(Person person, Enrolment enrolment, Certificate certificate) {
    }

    private Learner learnerWithHistory(String name) {
        Person learner = training.civilServant(name);
        Enrolment enrolment = enrolments.enrol(learner.getEmail(),
                training.openSession(training.course("Open data basics", 8, false), 10).getId());
        enrolments.recordResults(enrolment.getId(), 100, null);
        Certificate certificate = enrolments.complete(enrolment.getId());
        resets.requestReset(learner.getEmail());
        people.signIn(learner.getEmail(), "not a password it has".toCharArray(), "192.0.2.61");
        return new Learner(learner, enrolment, certificate);
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql.replace("?", "?1")).setParameter(1, parameter).getSingleResult()).longValue();
    }

    @Test
    void anAdministratorDownloadsEverythingHeldAboutALearnerWithoutSecretsAndTheDownloadIsAudited() {
        Learner learner = learnerWithHistory("Mereana Tūhoe");

        PersonalData data = personalData.export(learner.person().getId());

        Map<String, List<Map<String, Object>>> records = data.records();
        assertEquals(learner.person().getEmail(), records.get("person.id").get(0).get("email"));
        assertEquals(1, records.get("enrolment.person_id").size(), records.keySet().toString());
        assertTrue(records.get("notification.recipient").stream()
                .anyMatch(n -> "notification.training.completed".equals(n.get("message_key"))), records.get("notification.recipient").toString());
        assertEquals(1, records.get("password_reset.person_id").size());
        assertTrue(records.get("audit_entry.actor").stream().anyMatch(a -> "LOGIN_FAILED".equals(a.get("action"))),
                records.keySet().toString());
        assertEquals("CIVIL_SERVANT", records.get("person_role.person_id").get(0).get("role"));
        for (List<Map<String, Object>> rows : records.values()) {
            for (Map<String, Object> row : rows) {
                assertFalse(row.keySet().stream().anyMatch(c -> c.contains("hash") || c.contains("token")), row.toString());
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERSONAL_DATA_EXPORTED' AND entity_id = ?",
                learner.person().getId()));
    }

    @Test
    void aLearnerWhoLeavesIsAnonymisedWhileTheirEnrolmentAndCertificateStay() {
        Learner learner = learnerWithHistory("Tamati Waaka");
        String address = learner.person().getEmail();
        long id = learner.person().getId();

        Person anonymised = personalData.anonymise(id, "admin@govtech-hub.demo");

        assertEquals("#" + id, anonymised.getFullName());
        assertTrue(anonymised.isAnonymised() && !anonymised.canSignIn() && anonymised.getRoles().isEmpty());
        assertTrue(people.findByEmail(address).isEmpty());
        assertEquals(id, enrolments.get(learner.enrolment().getId()).getPerson().getId());
        assertTrue(certificates.verify(learner.certificate().getCode()).orElseThrow().isValid(), "the certificate stays valid");
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE recipient = ?", address));
        assertEquals(0, count("SELECT COUNT(*) FROM password_reset WHERE person_id = ?", id));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", address));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE details LIKE CONCAT('%', ?, '%')", address));
        assertEquals(0, count("SELECT COUNT(*) FROM person WHERE email = ? OR full_name = 'Tamati Waaka'", address));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ANONYMISED' AND entity_id = ?", id));
        assertEquals("person.anonymised", assertThrows(BusinessException.class, () -> people.activate(id)).getMessageKey());
        assertEquals("person.anonymised", assertThrows(BusinessException.class,
                () -> personalData.anonymise(id, "admin@govtech-hub.demo")).getMessageKey());
    }

    @Test
    void anAdministratorCannotAnonymiseThemselves() {
        Person admin = training.civilServant("Acting Administrator");

        assertEquals("person.cannotAnonymiseSelf", assertThrows(BusinessException.class,
                () -> personalData.anonymise(admin.getId(), admin.getEmail().toUpperCase())).getMessageKey());
        assertFalse(people.get(admin.getId()).isAnonymised());
    }
}
