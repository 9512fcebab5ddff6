package org.govtechhub.award;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The awards in a real browser, in English and Russian: the program manager opens an edition with a nomination
 * and a one-juror jury; a civil servant drafts an entry, attaches a PDF, sees the eligibility check pass and
 * submits; a department head submits a second entry; the juror (in Russian) declares a conflict with it; the
 * manager closes the call, opens round 1 with the certified assignment; the juror scores; the manager confirms
 * the finalist, opens live scoring; the juror scores on the phone-friendly page; the manager confirms the winner
 * and publishes; the public results page (in Russian too) and the winner's certificate show it.
 */
@ExtendWith(ArquillianExtension.class)
class AwardJourneyBrowserIT {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String edition = "Innovation Awards " + UUID.randomUUID().toString().substring(0, 8);
    private final String winning = "Rail timetable co-designed with passengers " + edition.substring(edition.length() - 8);
    private final String conflicted = "Open procurement data " + edition.substring(edition.length() - 8);

    @Test
    void anEntryIsSubmittedJurorsDeclareAConflictAndScoreTheManagerConfirmsFinalistsAndWinnersAndTheResultsArePublished()
            throws IOException, InterruptedException {
        String editionId;
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("awards/manage/edition.xhtml");
            manager.find(By.id("edition:name")).sendKeys(edition);
            manager.type("edition:perEntry_input", "1");
            manager.click(By.id("edition:save"));
            manager.expectMessage("Saved " + edition);
            editionId = manager.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            manager.find(By.id("nomination:name")).sendKeys("Citizen-centred innovation");
            manager.click(By.id("nomination:add"));
            manager.expectMessage("Added the nomination Citizen-centred innovation");
            manager.choose("jury:juror", "Lucas Almeida");
            manager.find(By.id("jury:expertise")).sendKeys("transport, service design");
            manager.click(By.id("jury:addJuror"));
            manager.expectMessage("Lucas Almeida joined the jury");
        }

        try (Browser learner = new Browser()) {
            learner.signIn("learner");
            startEntry(learner, winning, "Team");
            learner.find(By.id("entry:summary")).sendKeys("Passengers and planners redesigned the regional rail timetable together.");
            learner.find(By.id("entry:results")).sendKeys("Connections missed fell by 31 %; complaints halved in six months.");
            learner.find(By.id("entry:topics")).sendKeys("transport, service design");
            learner.click(By.id("entry:save"));
            learner.expectMessage("saved");
            learner.find(By.id("attach:file")).sendKeys(pdf().toString());
            learner.click(By.id("attach:upload"));
            learner.waitForText(By.id("files:attachments"), "evaluation-report.pdf");
            assertTrue(learner.find(By.id("eligible")).isDisplayed(), "every eligibility rule passes");
            learner.click(By.id("decision:submit"));
            learner.waitForText(By.id("status"), "Submitted");
        }

        try (Browser department = new Browser()) {
            department.signIn("department");
            startEntry(department, conflicted, "Department or agency");
            department.find(By.id("entry:summary")).sendKeys("Every purchase order as open data.");
            department.find(By.id("entry:results")).sendKeys("25 % more suppliers bid.");
            department.click(By.id("entry:save"));
            department.expectMessage("saved");
            department.click(By.id("decision:submit"));
            department.waitForText(By.id("status"), "Submitted");
        }

        try (Browser juror = new Browser()) {
            juror.signIn("juror");
            juror.click(By.id("topbar:lang-ru"));
            juror.waitForText(By.id("page-title"), "Главная");
            juror.open("jury/index.xhtml");
            juror.waitForText(By.id("page-title"), "Моя работа в жюри");
            juror.choose("conflict:entry", conflicted + " (Citizen-centred innovation · City of Amsterdam - Economic Affairs)");
            juror.choose("conflict:kind", "Профессиональный");
            juror.find(By.id("conflict:reason")).sendKeys("Я консультировал этот отдел по закупкам.");
            juror.click(By.id("conflict:declare"));
            juror.expectMessage("Ваш конфликт интересов записан");
            juror.click(By.id("topbar:lang-en"));
            juror.waitForText(By.id("page-title"), "My jury work");
        }

        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("awards/manage/edition.xhtml?id=" + editionId);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            manager.type("edition:callOpens_input", INPUT.format(now.minusDays(1)));
            manager.type("edition:callCloses_input", INPUT.format(now.minusMinutes(1)));
            manager.click(By.id("edition:save"));
            manager.expectMessage("Saved " + edition);
            manager.open("awards/manage/judging.xhtml?edition=" + editionId);
            manager.click(By.id("setup:propose"));
            manager.waitForText(By.id("planSummary"), "Optimal (certificate checked).");
            manager.waitForText(By.id("setup:shortfalls"), conflicted);
            manager.waitForText(By.id("setup:pairs"), "Shared expertise: service design, transport");
            openScoring(manager);
        }

        score("juror", 7);

        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("awards/manage/judging.xhtml?edition=" + editionId);
            manager.waitForText(By.id("scoring:progress"), "Lucas Almeida");
            manager.click(By.id("scoring:close"));
            manager.expectMessage("Round 1 is closed");
            manager.waitForText(By.id("standings"), winning);
            manager.click(By.id("standings:confirm"));
            manager.expectMessage("1 finalist(s) confirmed");
            manager.waitForText(By.id("roundStatus"), "Round 2");
            openScoring(manager);
        }

        score("juror", 9);

        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("awards/manage/judging.xhtml?edition=" + editionId + "&round=2");
            manager.click(By.id("scoring:close"));
            manager.expectMessage("Round 2 is closed");
            manager.click(By.id("standings:confirm"));
            manager.expectMessage("1 winner(s) confirmed");
            manager.click(By.id("publication:publish"));
            manager.expectMessage("Results published");
            manager.waitForText(By.id("standings"), "Winner");
            assertTrue(manager.find(By.id("standings")).getText().contains("9.00"), "the raw score of the live round");
        }
        HubClient exports = new HubClient();
        exports.signInAsDemo("manager");
        HttpResponse<byte[]> csv = exports.download("awards/manage/report/" + editionId + "/2.csv?table=ranking&lang=en");
        assertEquals(200, csv.statusCode());
        String ranking = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(ranking.contains("Normalised score") && ranking.contains(winning) && ranking.contains(",9.00,"), ranking);
        HttpResponse<byte[]> matrix = exports.download("awards/manage/report/" + editionId + "/1.xlsx?table=matrix&lang=ru");
        assertEquals(200, matrix.statusCode());
        assertEquals("PK", new String(matrix.body(), 0, 2, StandardCharsets.US_ASCII), "an XLSX workbook");

        try (Browser visitor = new Browser()) {
            visitor.open("awards/results.xhtml?edition=" + editionId);
            visitor.waitForText(By.id("editionName"), edition);
            visitor.waitForText(By.tagName("main"), winning);
            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.tagName("main"), "Победитель");
            WebElement certificate = visitor.find(By.cssSelector("a[id$=':certificate']"));
            HttpResponse<byte[]> pdf = new HubClient().download(certificate.getAttribute("href").replaceFirst(".*/hub/", ""));
            assertEquals(200, pdf.statusCode());
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"), "the winner's certificate is a PDF");
        }

        try (Browser learner = new Browser()) {
            learner.signIn("learner");
            learner.open("awards/enter.xhtml");
            learner.click(By.linkText(winning));
            learner.waitForText(By.id("prize"), "Winner");
            learner.waitForText(By.id("feedback"), "Exemplary");
        }
    }

    private void startEntry(Browser entrant, String title, String type) {
        entrant.open("awards/enter.xhtml");
        WebElement form = entrant.find(By.xpath("//div[contains(@class,'hub-nomination')][.//p[text()='" + edition + "']]"
                + "[.//h3[text()='Citizen-centred innovation']]//form[contains(@id,'newEntry')]"));
        String prefix = form.getAttribute("id");
        entrant.find(By.id(prefix + ":title")).sendKeys(title);
        if (!entrant.driver().findElements(By.id(prefix + ":type")).isEmpty()) {
            entrant.choose(prefix + ":type", type);
        }
        entrant.click(By.id(prefix + ":start"));
        entrant.find(By.id("entry:summary"));
    }

    private void openScoring(Browser manager) {
        manager.click(By.id("setup:open"));
        manager.click(By.cssSelector(".ui-confirmdialog-yes"));
        manager.waitForText(By.id("roundStatus"), "Scoring open");
    }

    /** The juror scores the one entry assigned to them: the same score on every criterion, with a comment where required. */
    private void score(String login, int score) {
        try (Browser juror = new Browser()) {
            juror.signIn(login);
            juror.open("jury/index.xhtml");
            juror.click(By.linkText(winning));
            juror.waitForText(By.id("entryTitle"), winning);
            int criteria = juror.driver().findElements(By.cssSelector("fieldset.hub-criterion")).size();
            assertEquals(4, criteria, "impact, innovation, scalability, citizen focus");
            for (int i = 1; i <= criteria; i++) {
                juror.click(By.xpath("(//fieldset[contains(@class,'hub-criterion')])[" + i + "]//div[contains(@class,'ui-button')][span[text()='" + score + "']]"));
                if (score >= 9) {
                    juror.find(By.xpath("(//fieldset[contains(@class,'hub-criterion')])[" + i + "]//textarea")).sendKeys("Exemplary co-design with passengers");
                }
            }
            juror.click(By.id("scorecard:submit"));
            juror.expectMessage("is submitted");
        }
    }

    private static Path pdf() {
        try {
            Path file = Files.createTempDirectory("hub-award").resolve("evaluation-report.pdf");
            Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
