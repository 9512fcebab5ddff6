package org.govtechhub.training;

import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion against the course's criteria, the certificate, its public check and revocation. */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(CertificateIT.class, TrainingFixture.class).build();
    }

    @Inject
    private TrainingFixture fixture;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private CertificateService certificates;

    @Inject
    private LearningPathService paths;

    @Test
    void completionNeedsAttendanceAndAcceptedProjectsThenGivesAVerifiableCertificate() {
        Course course = fixture.course("Process improvement practicum", 40, false);
        course.setPracticeProjectsRequired(2);
        Person learner = fixture.civilServant("Dana Whitfield");
        CourseSession session = fixture.openSession(course, 10);
        Enrolment enrolment = enrolments.enrol(learner.getEmail(), session.getId());

        enrolments.recordResults(enrolment.getId(), 60, null);
        assertEquals("training.completion.attendance",
                assertThrows(BusinessException.class, () -> enrolments.complete(enrolment.getId())).getMessageKey());
        enrolments.recordResults(enrolment.getId(), 90, null);
        PracticeProject permits = enrolments.submitProject(learner.getEmail(), enrolment.getId(), "Permit queue", "Cut waiting from 14 to 5 days");
        enrolments.judgeProject(permits.getId(), true);
        Certificate certificate = enrolments.complete(enrolment.getId());

        assertEquals(EnrolmentStatus.COMPLETED, enrolments.get(enrolment.getId()).getStatus());
        assertEquals(Certificate.CODE_LENGTH, certificate.getCode().length());
        assertTrue(certificates.verify(certificate.getCode().toLowerCase()).orElseThrow().isValid());
        assertEquals(40, paths.hoursCompletedThisYear(learner.getEmail()));
    }

    @Test
    void aRevokedCertificateIsShownAsRevokedAndAWrongCodeShowsNothing() {
        Person learner = fixture.civilServant("Aroha Ngata");
        Enrolment enrolment = enrolments.enrol(learner.getEmail(), fixture.openSession(fixture.course("Service design", 8, false), 5).getId());
        enrolments.recordResults(enrolment.getId(), 100, null);
        Certificate certificate = enrolments.complete(enrolment.getId());

        certificates.revoke(certificate.getCode(), "Issued in error");

        Certificate checked = certificates.verify(certificate.getCode()).orElseThrow();
        assertFalse(checked.isValid());
        assertEquals("Issued in error", checked.getRevokedReason());
        assertTrue(certificates.verify("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertTrue(certificates.verify("' OR 1=1 --").isEmpty());
        assertNotEquals(certificate.getCode(), Certificate.newCode());
    }

    @Test
    void onlyTheHolderOrATrainingManagerMayDownloadACertificate() {
        Person learner = fixture.civilServant("Fiona MacLeod");
        Enrolment enrolment = enrolments.enrol(learner.getEmail(), fixture.openSession(fixture.course("Agile basics", 4, false), 5).getId());
        enrolments.recordResults(enrolment.getId(), 100, null);
        String code = enrolments.complete(enrolment.getId()).getCode();

        assertEquals(code, certificates.forDownload(code, learner.getEmail(), false).getCode());
        assertEquals(code, certificates.forDownload(code, "manager@example.org", true).getCode());
        assertThrows(BusinessException.class, () -> certificates.forDownload(code, "someone@example.org", false));
    }
}
