package org.govtechhub.training;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training journey in a real browser: the demo civil servant assesses her skills, sees her path,
 * enrols in a course that needs approval; her line manager (the demo program manager) approves;
 * attendance and completion are recorded; she downloads the certificate and anyone can check it on
 * the public page — in English and in Russian.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingJourneyBrowserIT {

    private static final String COURSE = "Design thinking sprint";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void fromSelfAssessmentToAVerifiedCertificateInEnglishAndRussian() throws Exception {
        try (Browser learner = new Browser()) {
            learner.signIn("learner");
            learner.open("training/assessment.xhtml");
            learner.find(By.id("assessment:submit"));
            // rate every level-1 statement "mostly" and everything above it "partly": level 1 in every skill
            ((JavascriptExecutor) learner.driver()).executeScript(
                    "document.querySelectorAll('.hub-statement').forEach(function (s, i) {"
                            + " var radios = s.querySelectorAll('input[type=radio]');"
                            + " radios[i % 4 === 0 ? 2 : 1].click(); });");
            learner.click(By.id("assessment:submit"));
            learner.expectMessage("Your assessment is saved and your learning path is updated.");
            learner.waitForText(By.id("path:plan"), "Data basics for policy");
            assertTrue(learner.find(By.id("path:levels")).getText().contains("Design thinking"));

            learner.open("training/catalog.xhtml?q=" + URLEncoder.encode(COURSE, StandardCharsets.UTF_8));
            learner.click(By.xpath("//tr[td[1][text()='Design thinking'] and .//strong[text()='" + COURSE + "']]"
                    + "//button[contains(@class,'hub-enrol')]"));
            learner.expectMessage("Your request for " + COURSE + " is waiting for your line manager's approval.");
            learner.signOut();
        }

        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.waitForText(By.id("notifications"), "Fiona MacLeod asks to take " + COURSE);
            manager.open("training/approvals.xhtml");
            manager.click(By.xpath("//tr[td[text()='Fiona MacLeod']]//button[contains(@id,'approve')]"));
            manager.expectMessage("Fiona MacLeod may take " + COURSE + ".");

            manager.open("training/manage/courses.xhtml");
            manager.click(By.linkText(COURSE));
            manager.click(By.linkText("Roster"));
            manager.find(By.xpath("//tr[td[text()='Fiona MacLeod']]//input[contains(@id,'attendance_input')]")).sendKeys("100");
            manager.click(By.xpath("//tr[td[text()='Fiona MacLeod']]//button[contains(@id,'save')]"));
            manager.expectMessage("The results of Fiona MacLeod are saved.");
            manager.click(By.xpath("//tr[td[text()='Fiona MacLeod']]//button[contains(@id,'complete')]"));
            manager.expectMessage("Fiona MacLeod completed the course; certificate ");

            manager.open("training/report.xhtml");
            manager.waitForText(By.id("completionByTrack"), "Design thinking");
            String session = manager.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String csv = new String(new HubClient().inSession(session)
                    .download("training/report.csv?table=hoursAgainstQuota").body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("Fiona MacLeod,Transport Scotland,16,40,40"), csv);
            byte[] xlsx = new HubClient().inSession(session).download("training/report.xlsx?table=completionByTrack&lang=ru").body();
            assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1), "an XLSX (zip) workbook");
        }

        String code;
        try (Browser learner = new Browser()) {
            learner.signIn("learner");
            learner.open("training/path.xhtml");
            code = learner.find(By.cssSelector("#path\\:certificates code")).getText();
            String session = learner.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<byte[]> pdf = new HubClient().inSession(session).download("training/certificate.pdf?lang=ru&code=" + code);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

            learner.click(By.id("topbar:lang-ru"));
            learner.waitForText(By.id("page-title"), "Моя траектория обучения");
            learner.waitForText(By.id("path:certificates"), "Действителен");
            learner.click(By.id("topbar:lang-en"));
            learner.waitForText(By.id("page-title"), "My learning path");
        }

        try (Browser anyone = new Browser()) {
            anyone.open("verify/" + code);
            anyone.waitForText(By.id("verdict"), "This certificate is valid.");
            assertEquals("Fiona MacLeod", anyone.find(By.id("holder")).getText());
            assertEquals(COURSE, anyone.find(By.id("course")).getText());
        }
        assertTrue(new HubClient("ru").get("verify/" + code).body().contains("Сертификат действителен."));
        String wrong = new HubClient().get("verify/" + code.substring(1) + "A").body();
        assertTrue(wrong.contains("No certificate has this code."));
        assertTrue(!wrong.contains("Fiona MacLeod"), "a wrong code shows nothing about anyone");
    }
}
