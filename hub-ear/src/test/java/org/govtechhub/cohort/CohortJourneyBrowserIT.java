package org.govtechhub.cohort;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cohorts in a real browser, in English and Russian: a department drafts a challenge with a SMART goal and submits
 * it; the program manager returns it with a comment, the department fixes and resubmits it, the manager approves and
 * publishes it; an anonymous visitor finds it by searching the open challenges and reads it, in Russian too; a
 * startup registers, completes its profile, applies to it with a PDF pitch deck and sees every eligibility rule pass;
 * the manager shortlists it and opens pitch scoring with the demo juror, who scores the pitch (in Russian); the manager
 * closes scoring and accepts as the ranking proposes, and the funnel and demo day's agenda show it; the startup sees
 * the decision and reports a milestone (planned in Russian, done in English); the manager records the contract that
 * came of it, and the cohort's impact report counts it, in English and in Russian.
 */
@ExtendWith(ArquillianExtension.class)
class CohortJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String word = "Kerbside" + UUID.randomUUID().toString().substring(0, 6);
    private final String title = word + " loading zones";
    private final String startup = word + " Logistics";
    private final String founderEmail = "founder-" + word.toLowerCase() + "@example.org";
    private static final String PASSWORD = "Loading-zones-2027!";
    /** The demo juror (juror@govtech-hub.demo, no organisation) as the pitch jury's candidate list names them. */
    private static final String JUROR = "Lucas Almeida";

    @Test
    void aDepartmentPostsAChallengeAStartupAppliesPitchesIsAcceptedAndItsContractReachesTheImpactReport() {
        String challengeUrl = theDepartmentDraftsAndSubmitsAChallenge();
        theManagerReturnsItAndTheDepartmentFixesIt(challengeUrl);
        theManagerApprovesAndPublishesIt();
        aVisitorFindsItAndRegistersTheStartup();
        theStartupAppliesWithAPitchDeck(challengeUrl);
        String cohort = theManagerShortlistsTheStartupAndOpensPitchScoring();
        theJurorScoresThePitch();
        theManagerClosesScoringAndAcceptsAsTheRankingProposes(cohort);
        theStartupSeesTheDecisionAndReportsAMilestone();
        theManagerRecordsAContractAndTheImpactReportShowsIt(cohort);
    }

    /** The department drafts the challenge with a SMART goal and submits it for approval. Returns its page's address. */
    private String theDepartmentDraftsAndSubmitsAChallenge() {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("cohorts/challenges.xhtml");
            department.choose("draft:cohort", "Startup in Residence Amsterdam · Amsterdam 2027");
            department.find(By.id("draft:title")).sendKeys(title);
            department.click(By.id("draft:start"));
            department.find(By.id("challenge:problem")).sendKeys("Delivery vans block narrow streets in the morning.");
            department.find(By.id("challenge:metric")).sendKeys("deliveries between 7 and 10 in the centre");
            department.type("challenge:target_input", "40");
            department.find(By.id("challenge:unit")).sendKeys("% fewer");
            department.type("challenge:deadline_input", "2027-12-31");
            department.type("challenge:budget_input", "30000");
            department.click(By.id("challenge:save"));
            department.expectMessage("Saved the challenge");
            department.click(By.id("challenge:submit"));
            department.expectMessage("for approval");
            return department.driver().getCurrentUrl();
        }
    }

    /** The manager returns the challenge with a comment; the department names the streets and submits it again. */
    private void theManagerReturnsItAndTheDepartmentFixesIt(String challengeUrl) {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            openAmsterdamCohort(manager);
            String row = rowOf(manager);
            manager.find(By.id(row + ":reviewComment")).sendKeys("Name the streets you mean.");
            manager.click(By.id(row + ":return"));
            manager.waitForText(By.id("review:challenges"), "Returned for changes");
        }
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.driver().get(challengeUrl);
            department.waitForText(By.id("reviewComment"), "Name the streets you mean.");
            department.find(By.id("challenge:problem")).sendKeys(" Damrak and Nieuwendijk.");
            department.click(By.id("challenge:submit"));
            department.expectMessage("for approval");
        }
    }

    /** The manager approves and publishes the challenge. */
    private void theManagerApprovesAndPublishesIt() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            openAmsterdamCohort(manager);
            manager.click(By.id(rowOf(manager) + ":approve"));
            manager.waitForText(By.id("review:challenges"), "Approved");
            manager.click(By.id(rowOf(manager) + ":publish"));
            manager.expectMessage("startups can read it now");
        }
    }

    /** An anonymous visitor finds the challenge, reads it in English and Russian, and registers the startup. */
    private void aVisitorFindsItAndRegistersTheStartup() {
        try (Browser visitor = new Browser()) {
            visitor.open("cohorts/open-challenges.xhtml");
            visitor.find(By.id("search:text")).sendKeys(word);
            visitor.click(By.id("search:go"));
            visitor.waitForText(By.id("search:challenges"), title);
            visitor.click(By.linkText(title));
            visitor.waitForText(By.id("challengeTitle"), title);
            assertTrue(visitor.find(By.id("problem")).getText().contains("Damrak and Nieuwendijk"));
            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.tagName("main"), "Описание проблемы");
            visitor.waitForText(By.id("challengeTitle"), title);
            visitor.click(By.id("topbar:lang-en"));
            visitor.waitForText(By.id("challengeTitle"), title);
            visitor.click(By.id("register"));
            visitor.find(By.id("register:name")).sendKeys("Lena Petrova");
            visitor.find(By.id("register:email")).sendKeys(founderEmail);
            visitor.find(By.id("register:password")).sendKeys(PASSWORD);
            visitor.find(By.id("register:startup")).sendKeys(startup);
            visitor.click(By.id("register:submit"));
            visitor.find(By.id("registered"));
        }
    }

    /** The founder completes the startup's profile and applies with a PDF pitch deck; every eligibility rule passes. */
    private void theStartupAppliesWithAPitchDeck(String challengeUrl) {
        try (Browser founder = new Browser()) {
            signIn(founder, founderEmail);
            founder.open("cohorts/profile.xhtml");
            founder.choose("profile:legalForm", "Private company");
            founder.type("profile:registeredOn_input", "2023-03-01");
            founder.find(By.id("profile:sector")).sendKeys("govtech");
            founder.click(By.cssSelector("#profile\\:mvp .ui-chkbox-box"));
            founder.click(By.id("profile:save"));
            founder.expectMessage("Saved the profile of " + startup);
            founder.driver().get(challengeUrl.replace("/cohorts/challenge.xhtml", "/cohorts/open-challenge.xhtml"));
            founder.click(By.id("apply:start"));
            founder.find(By.id("application:proposal")).sendKeys("Loading slots booked by app, enforced by camera; a six-week pilot.");
            founder.click(By.id("application:save"));
            founder.expectMessage("Saved your application");
            founder.find(By.id("documents:file")).sendKeys(deck().toString());
            founder.click(By.id("documents:upload"));
            founder.waitForText(By.id("documentList"), "pitch-deck.pdf");
            founder.click(By.id("decision:submit"));
            founder.waitForText(By.id("status"), "Eligible");
            founder.waitForText(By.id("eligibility"), "The startup is a private company.");
            founder.waitForText(By.id("eligibility"), "The startup has a minimum viable product (MVP).");
        }
    }

    /**
     * The manager shortlists the startup, then sets up the cohort's pitch day: the demo juror joins the jury, the
     * proposed criteria are saved and scoring opens, freezing the shortlist. Returns the cohort's id.
     */
    private String theManagerShortlistsTheStartupAndOpensPitchScoring() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            openAmsterdamCohort(manager);
            manager.click(By.id("applicationsLink"));
            manager.click(By.xpath(applicationRow() + "//*[contains(@id,':to-SHORTLISTED')]"));
            manager.waitForText(By.xpath(applicationRow()), "Shortlisted");
            manager.click(By.id("cohortLink"));
            manager.click(By.id("pitchLink"));
            manager.waitForText(By.id("roundStatus"), "not set up yet");
            String cohort = manager.driver().getCurrentUrl().replaceFirst(".*[?&]cohort=(\\d+).*", "$1");
            manager.choose("addJuror:juror", JUROR);
            manager.click(By.id("addJuror:add"));
            manager.expectMessage("joined the pitch jury");
            manager.waitForText(By.id("jury:jurors"), JUROR);
            manager.click(By.id("criteria:saveCriteria"));
            manager.expectMessage("The criteria are saved.");
            manager.waitForText(By.id("roundStatus"), "Being set up");
            manager.click(By.id("setup:open"));
            manager.click(By.cssSelector(".ui-confirmdialog-yes"));
            manager.expectMessage("Scoring is open");
            manager.waitForText(By.id("roundStatus"), "Scoring open");
            manager.waitForText(By.id("scoring:progress"), JUROR);
            return cohort;
        }
    }

    /**
     * The juror finds the startup among their jury work, in Russian, and scores its pitch on every criterion (the one
     * 9 explained by a comment); other shortlisted startups of the cohort may still wait on the list.
     */
    private void theJurorScoresThePitch() {
        try (Browser juror = new Browser()) {
            juror.signIn("juror");
            juror.open("jury/index.xhtml");
            juror.click(By.id("topbar:lang-ru"));
            juror.waitForText(By.id("page-title"), "Моя работа в жюри");
            juror.click(By.xpath("//*[@id='tasks']//a[normalize-space(text())='" + startup + "']"));
            juror.waitForText(By.id("entryTitle"), startup);
            int[] scores = {8, 7, 6, 9};
            assertEquals(scores.length, juror.driver().findElements(By.cssSelector("fieldset.hub-criterion")).size(),
                    "fit, team, feasibility, impact");
            for (int i = 0; i < scores.length; i++) {
                String criterion = "(//fieldset[contains(@class,'hub-criterion')])[" + (i + 1) + "]";
                juror.click(By.xpath(criterion + "//div[contains(@class,'ui-button')][span[text()='" + scores[i] + "']]"));
                if (scores[i] <= 2 || scores[i] >= 9) {
                    juror.find(By.xpath(criterion + "//textarea")).sendKeys("Camera enforcement scales to every loading zone.");
                }
            }
            juror.click(By.id("scorecard:submit"));
            juror.expectMessage("Ваш оценочный лист по заявке " + startup + " отправлен.");
            juror.open("jury/index.xhtml");
            juror.waitForText(By.xpath("//*[@id='tasks']//tr[.//a[normalize-space(text())='" + startup + "']]"), "Отправлена");
            juror.click(By.id("topbar:lang-en"));
            juror.waitForText(By.id("page-title"), "My jury work");
            juror.waitForText(By.xpath("//*[@id='tasks']//tr[.//a[normalize-space(text())='" + startup + "']]"), "Submitted");
        }
    }

    /**
     * The manager closes scoring: the startup has pitched and the ranking proposes it; accepting as proposed accepts
     * it, the funnel counts it and demo day's agenda lists it.
     */
    private void theManagerClosesScoringAndAcceptsAsTheRankingProposes(String cohort) {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("cohorts/manage/pitch.xhtml?cohort=" + cohort);
            manager.click(By.id("scoring:close"));
            manager.click(By.cssSelector(".ui-confirmdialog-yes"));
            manager.expectMessage("Scoring is closed.");
            manager.waitForText(By.id("roundStatus"), "Closed");
            String standing = "//*[@id='ranking:standings']//tr[.//*[normalize-space(text())='" + startup + "']]";
            manager.waitForText(By.xpath(standing + "//*[contains(@id,':status')]"), "Pitched");
            manager.waitForText(By.xpath(standing + "//*[contains(@id,':proposed')]"), "Accept");
            manager.click(By.id("ranking:accept"));
            manager.click(By.cssSelector(".ui-confirmdialog-yes"));
            manager.expectMessage("startups accepted");
            manager.waitForText(By.xpath(standing + "//*[contains(@id,':status')]"), "Accepted");
            manager.click(By.id("cohortLink"));
            manager.click(By.id("applicationsLink"));
            manager.waitForText(By.xpath(applicationRow() + "//*[contains(@id,':status')]"), "Accepted");
            manager.waitForText(By.xpath("//*[@id='funnel']//tr[td[1][contains(normalize-space(.),'Accepted')]]/td[2]"), "1");
            manager.click(By.id("cohortLink"));
            manager.click(By.id("demoDayLink"));
            manager.waitForText(By.id("agenda:slots"), startup);
        }
    }

    /** The startup reads the decision in Russian, plans a milestone there, and marks it done with evidence in English. */
    private void theStartupSeesTheDecisionAndReportsAMilestone() {
        String milestone = "Loading-slot pilot on Damrak";
        try (Browser founder = new Browser()) {
            signIn(founder, founderEmail);
            founder.click(By.id("topbar:lang-ru"));
            founder.waitForText(By.id("page-title"), "Главная");
            founder.open("cohorts/my-applications.xhtml");
            founder.waitForText(By.id("applications"), "Принята");
            founder.open("cohorts/milestones.xhtml");
            founder.waitForText(By.id("page-title"), "Контрольные точки и KPI");
            founder.waitForText(By.id("application"), title);
            founder.find(By.id("add:title")).sendKeys(milestone);
            founder.find(By.id("add:target")).sendKeys("200 loading slots booked by app by 30 September.");
            founder.type("add:dueOn_input", "2027-09-30");
            founder.click(By.id("add:save"));
            founder.expectMessage("Контрольная точка «" + milestone + "» добавлена.");
            String row = "//*[@id='milestones:table']//tr[.//*[normalize-space(text())='" + milestone + "']]";
            founder.waitForText(By.xpath(row), "Запланирована");
            founder.click(By.id("topbar:lang-en"));
            founder.waitForText(By.id("page-title"), "Milestones and KPIs");
            founder.find(By.xpath(row + "//textarea")).sendKeys("214 slots booked, see the pilot dashboard.");
            founder.click(By.xpath(row + "//*[contains(@id,':done')]"));
            founder.expectMessage("The milestone \"" + milestone + "\" is done.");
            founder.waitForText(By.xpath(row), "Done");
            founder.waitForText(By.xpath(row), "214 slots booked");
            founder.open("cohorts/my-applications.xhtml");
            founder.waitForText(By.id("applications"), "Accepted");
        }
    }

    /** The manager records the startup's pilot contract; the cohort's impact report counts it, in English and Russian. */
    private void theManagerRecordsAContractAndTheImpactReportShowsIt(String cohort) {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("cohorts/manage/outcomes.xhtml?cohort=" + cohort);
            String row = "//*[@id='list:outcomes']//tr[.//*[normalize-space(text())='" + startup + "']]";
            manager.click(By.xpath(row + "//*[contains(@id,':edit')]"));
            manager.waitForText(By.id("outcome"), "Outcome of " + startup);
            manager.choose("outcome:stage", "Pilot");
            manager.type("outcome:contractValue_input", "85000");
            manager.type("outcome:contractSignedOn_input", "2027-11-15");
            manager.click(By.id("outcome:save"));
            manager.expectMessage("Saved the outcome of " + startup);
            manager.waitForText(By.xpath(row + "//*[contains(@id,':contract')]"), "85,000.00");
            manager.waitForText(By.xpath(row + "//*[contains(@id,':stage')]"), "Pilot");
            manager.click(By.id("impact"));
            manager.waitForText(By.id("scope"), "Amsterdam 2027");
            manager.waitForText(figure("headline", "Participants with a contract, %"), "100.0");
            manager.waitForText(figure("headline", "Total contract value"), "85000.00");
            manager.waitForText(figure("stages", "Pilot"), "85000.00");
            manager.click(By.id("topbar:lang-ru"));
            manager.waitForText(By.id("page-title"), "Отчёт о результатах");
            manager.waitForText(figure("headline", "Участники с контрактом, %"), "100.0");
            manager.waitForText(figure("headline", "Общая сумма контрактов"), "85000.00");
            manager.waitForText(figure("stages", "Пилот"), "85000.00");
            manager.click(By.id("topbar:lang-en"));
            manager.waitForText(By.id("page-title"), "Impact report");
        }
    }

    /** The row of a report table whose first cell names this figure (or stage). */
    private static By figure(String table, String label) {
        return By.xpath("//*[@id='" + table + "']//tr[td[1][contains(normalize-space(.),'" + label + "')]]");
    }

    /** This test's startup's row in the manager's list of applications. */
    private String applicationRow() {
        return "//*[@id='applications:table']//tr[.//*[normalize-space(text())='" + startup + "']]";
    }

    private static void signIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.find(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.find(By.id("welcome"));
    }

    private static java.nio.file.Path deck() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("hub-cohort").resolve("pitch-deck.pdf");
            java.nio.file.Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void openAmsterdamCohort(Browser manager) {
        manager.open("cohorts/manage/programmes.xhtml");
        manager.click(By.linkText("Startup in Residence Amsterdam"));
        manager.click(By.linkText("Amsterdam 2027"));
    }

    /** The id prefix of this test's row in the manager's review table. */
    private String rowOf(Browser manager) {
        WebElement cell = manager.find(By.xpath("//*[starts-with(@id,'review:challenges:') and contains(@id,':title') and normalize-space(text())='" + title + "']"));
        return cell.getAttribute("id").replaceFirst(":title$", "");
    }

}
