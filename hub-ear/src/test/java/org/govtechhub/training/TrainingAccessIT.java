package org.govtechhub.training;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDatabase;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may open which training page, over HTTP against the packaged EAR. */
@ExtendWith(ArquillianExtension.class)
class TrainingAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void aCivilServantCannotManageCoursesNorReadTheDashboard() throws Exception {
        HubClient learner = new HubClient();
        learner.signInAsDemo("learner");

        assertEquals(403, learner.get("training/manage/courses.xhtml").statusCode());
        assertEquals(403, learner.get("training/report.csv?table=hoursAgainstQuota").statusCode());
        assertEquals(200, learner.get("training/path.xhtml").statusCode());
    }

    @Test
    void aDepartmentHeadSeesTheDashboardOfTheirOwnDepartmentOnlyAndEachExportIsInTheAuditTrail() throws Exception {
        HubClient head = new HubClient();
        head.signInAsDemo("department");
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");
        String exports = "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORTED' AND actor = ? AND details LIKE '%hoursAgainstQuota%'";
        long before = HubDatabase.number(exports, "department@govtech-hub.demo");

        String own = head.get("training/report.csv?table=hoursAgainstQuota").body();
        String all = manager.get("training/report.csv?table=hoursAgainstQuota").body();

        assertFalse(own.contains("Fiona MacLeod"), "another department's civil servant: " + own);
        assertTrue(all.contains("Fiona MacLeod"), all);
        assertEquals(before + 1, HubDatabase.number(exports, "department@govtech-hub.demo"));
        assertEquals(403, head.get("training/manage/courses.xhtml").statusCode());
    }

    @Test
    void aCertificateDownloadOfSomeoneElseOrOfAnUnknownCodeIsNotFound() throws Exception {
        HubClient learner = new HubClient();
        learner.signInAsDemo("learner");

        HttpResponse<byte[]> guessed = learner.download("training/certificate.pdf?code=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertEquals(404, guessed.statusCode());
    }

    @Test
    void theCertificateCheckIsPublicAndSaysNothingForAWrongCode() throws Exception {
        HttpResponse<String> check = new HubClient().get("verify/NOT-A-REAL-CODE");

        assertEquals(200, check.statusCode());
        assertTrue(check.body().contains("No certificate has this code."));
    }

    @Test
    void theAdministratorKeepsTheSkillsFrameworkInBothLanguages() throws Exception {
        HubClient admin = new HubClient("ru");
        admin.signInAsDemo("admin");

        HttpResponse<String> skills = admin.get("admin/skills.xhtml");

        assertEquals(200, skills.statusCode());
        assertTrue(skills.body().contains("Дизайн-мышление"), "Russian skill names");
        assertTrue(skills.body().contains("Специалист по политике"), "Russian position family names");
    }
}
