package org.govtechhub.award;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open which awards page, over HTTP against the packaged EAR and the demo awards: results and winners'
 * certificates are public; managing is for program managers, scoring for jurors, entering for entrants; an entry,
 * a scoresheet or an attachment reached by guessing its id is "not found", never someone else's.
 */
@ExtendWith(ArquillianExtension.class)
class AwardAccessIT {

    private static final Pattern CERTIFICATE = Pattern.compile("certificate\\.pdf\\?entry=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void anyoneReadsPublishedResultsAndDownloadsAWinnersCertificateButNothingUnpublished() throws Exception {
        HubClient visitor = new HubClient();
        String lastYear = lastYearsWinner(visitor);

        HttpResponse<byte[]> certificate = visitor.download("awards/certificate.pdf?entry=" + lastYear + "&lang=ru");
        assertEquals(200, certificate.statusCode());
        assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, visitor.download("awards/certificate.pdf?entry=999999999").statusCode());
        assertEquals(404, visitor.download("awards/certificate.pdf?entry=abc").statusCode());
        assertEquals(404, visitor.get("awards/results.xhtml?edition=999999999").statusCode());
        assertEquals(302, visitor.get("awards/manage/editions.xhtml").statusCode(), "managing needs signing in");
    }

    @Test
    void eachRoleOpensItsOwnAwardsPagesAndIsRefusedTheOthers() throws Exception {
        HubClient learner = new HubClient();
        learner.signInAsDemo("learner");
        HubClient juror = new HubClient();
        juror.signInAsDemo("juror");
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");

        assertEquals(200, learner.get("awards/enter.xhtml").statusCode());
        assertEquals(403, learner.get("awards/manage/editions.xhtml").statusCode());
        assertEquals(403, learner.get("jury/index.xhtml").statusCode());
        assertEquals(200, juror.get("jury/index.xhtml").statusCode());
        assertEquals(403, juror.get("awards/enter.xhtml").statusCode());
        assertEquals(403, juror.get("awards/manage/editions.xhtml").statusCode());
        HttpResponse<String> editions = manager.get("awards/manage/editions.xhtml");
        assertEquals(200, editions.statusCode());
        assertTrue(editions.body().contains("Public Sector Innovation Awards 2027"));
        assertEquals(403, learner.download("awards/manage/report/1/1.csv?table=ranking").statusCode(), "exports are for managers");
    }

    @Test
    void anEntryScoresheetOrAttachmentReachedByGuessingItsIdIsNotFound() throws Exception {
        String sarasEntry = lastYearsWinner(new HubClient());
        HubClient learner = new HubClient();
        learner.signInAsDemo("learner");
        HubClient juror = new HubClient();
        juror.signInAsDemo("juror");
        HubClient founder = new HubClient();
        founder.signInAsDemo("founder");

        assertEquals(200, founder.get("awards/entry.xhtml?id=" + sarasEntry).statusCode(), "the author opens her entry");
        for (String page : new String[] {"awards/entry.xhtml?id=" + sarasEntry, "awards/entry.xhtml?id=abc", "awards/entry.xhtml?id=999999999"}) {
            HttpResponse<String> response = learner.get(page);
            assertEquals(404, response.statusCode(), page);
            assertFalse(response.body().contains("Online building permits"), "nothing of the entry leaks");
        }
        for (String page : new String[] {"jury/score.xhtml?sheet=999999999", "jury/score.xhtml?sheet=abc", "jury/score.xhtml"}) {
            assertEquals(404, juror.get(page).statusCode(), page);
        }
        assertEquals(404, learner.download("awards/attachment?id=999999999").statusCode());
        assertEquals(404, juror.download("awards/attachment?id=abc").statusCode());
    }

    /** The id of last year's demo winner (OpenPermit Labs), from the public results page. */
    private static String lastYearsWinner(HubClient visitor) throws Exception {
        HttpResponse<String> list = visitor.get("awards/results.xhtml");
        assertEquals(200, list.statusCode());
        Matcher edition = Pattern.compile("results\\.xhtml\\?edition=(\\d+)\">[^<]*Public Sector Innovation Awards 2026").matcher(list.body());
        assertTrue(edition.find(), "last year's edition is listed");
        HttpResponse<String> results = visitor.get("awards/results.xhtml?edition=" + edition.group(1));
        assertTrue(results.body().contains("Online building permits for Amsterdam"));
        Matcher certificate = CERTIFICATE.matcher(results.body());
        assertTrue(certificate.find(), "the winner's certificate is linked");
        return certificate.group(1);
    }
}
