package org.govtechhub.ideas;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ideas in a real browser: a citizen registers, is refused at sign-in until they open the link the outbox holds for
 * them, then signs in and submits an idea with a PDF; the demo civil servant supports it (a second time is not
 * offered); the program manager assigns it to the demo department, which answers "planned" and turns it into a draft
 * challenge; a visitor finds it in the public list filtered by status, with its status and supporter.
 */
@ExtendWith(ArquillianExtension.class)
class IdeaJourneyBrowserIT {

    private static final String DEPARTMENT = "City of Amsterdam - Economic Affairs";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "citizen-" + suffix + "@example.org";
    private final String password = "my own password " + suffix;
    private final String title = "Benches along the Yauza embankment " + suffix;

    @Test
    void aCitizensIdeaIsSupportedAssignedAnsweredAndTurnedIntoAChallenge() throws Exception {
        aCitizenRegistersVerifiesAndSubmitsAnIdea();
        String ideaPath = ideaPath();
        theCivilServantSupportsIt(ideaPath);
        theManagerAssignsItToTheDepartment(ideaPath);
        theDepartmentAnswersAndTurnsItIntoAChallenge(ideaPath);
        aVisitorSeesItPlannedInThePublicList();
    }

    private String ideaId;

    private void aCitizenRegistersVerifiesAndSubmitsAnIdea() throws Exception {
        try (Browser citizen = new Browser()) {
            citizen.open("ideas/index.xhtml");
            citizen.click(By.id("signUp"));
            citizen.waitForText(By.id("page-title"), "Register as a citizen");
            citizen.find(By.id("signUp:name")).sendKeys("Olga Citizen " + suffix);
            citizen.find(By.id("signUp:email")).sendKeys(email);
            citizen.find(By.id("signUp:password")).sendKeys("short");
            citizen.click(By.id("signUp:submit"));
            citizen.expectMessage("at least 12 characters");
            assertEquals(email, citizen.find(By.id("signUp:email")).getAttribute("value"), "what was typed is kept");
            citizen.find(By.id("signUp:password")).sendKeys(password);
            citizen.click(By.id("signUp:submit"));
            citizen.expectMessage("we sent a verification link to " + email);

            signIn(citizen);
            citizen.expectMessage("not verified yet");

            citizen.driver().get(HubClient.base() + verificationLink().replaceFirst("^.*?/hub/", ""));
            citizen.waitForText(By.id("verified"), "is verified");
            citizen.click(By.id("signIn"));
            signIn(citizen);
            citizen.find(By.id("welcome"));

            citizen.open("ideas/submit.xhtml");
            citizen.find(By.id("idea:ideaTitle")).sendKeys(title);
            citizen.click(By.id("idea:publish"));
            citizen.expectMessage("Describe the problem");
            citizen.find(By.id("idea:problem")).sendKeys("There is nowhere to sit along two kilometres of the embankment.");
            citizen.choose("idea:service", "Environment and parks");
            citizen.choose("idea:district", "Eastern");
            citizen.find(By.id("idea:file1")).sendKeys(file("photo.pdf", "%PDF-1.4 a map of the embankment".getBytes(StandardCharsets.US_ASCII)));
            citizen.click(By.id("idea:publish"));
            citizen.expectMessage("is published");
            citizen.waitForText(By.id("ideaTitle"), title);
            citizen.waitForText(By.id("status"), "Awaiting an answer");
            citizen.waitForText(By.id("attachments"), "photo.pdf");
            assertTrue(citizen.driver().findElements(By.id("support")).isEmpty(), "nobody supports their own idea");
            ideaId = citizen.driver().getCurrentUrl().replaceFirst(".*[?&]id=([0-9]+).*", "$1");
        }
    }

    private String ideaPath() {
        return "ideas/idea.xhtml?id=" + ideaId;
    }

    private void theCivilServantSupportsIt(String ideaPath) {
        try (Browser learner = new Browser()) {
            learner.signIn("learner");
            learner.open(ideaPath);
            learner.click(By.id("support:supportButton"));
            learner.expectMessage("You support");
            learner.waitForText(By.id("supporters"), "1");
            learner.find(By.id("youSupport"));
            assertTrue(learner.driver().findElements(By.id("support")).isEmpty(), "a second vote is not offered");
        }
    }

    private void theManagerAssignsItToTheDepartment(String ideaPath) {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("ideas/manage/inbox.xhtml");
            manager.find(By.id("inbox:ideas"));
            manager.open(ideaPath);
            manager.waitForText(By.id("ideaTitle"), title);
            manager.click(By.id("assign:assignButton"));
            manager.expectMessage("Choose a department");
            manager.choose("assign:departmentChoice", DEPARTMENT);
            manager.click(By.id("assign:assignButton"));
            manager.expectMessage(DEPARTMENT + " is responsible");
            manager.waitForText(By.id("department"), DEPARTMENT);
        }
    }

    private void theDepartmentAnswersAndTurnsItIntoAChallenge(String ideaPath) {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("ideas/department.xhtml");
            department.click(By.linkText(title));
            department.choose("answerForm:answerChoice", "Declined");
            department.click(By.id("answerForm:answerButton"));
            department.expectMessage("Declining an idea needs the reason");
            department.choose("answerForm:answerChoice", "Planned");
            department.find(By.id("answerForm:answerText")).sendKeys("Twenty benches will be placed in spring.");
            department.click(By.id("answerForm:answerButton"));
            department.expectMessage("is sent to its author and supporters");
            department.waitForText(By.id("answer"), "Planned");
            department.waitForText(By.id("answer"), "Twenty benches");

            department.open("ideas/department.xhtml");
            department.click(By.xpath("//form[@id='challenge']//label[contains(., '" + title + "')]"));
            String cohort = department.find(By.xpath("//select[@id='challenge:cohort_input']/option[2]")).getAttribute("textContent").strip();
            department.choose("challenge:cohort", cohort);
            department.find(By.id("challenge:challengeTitle")).sendKeys("Comfortable embankments " + suffix);
            department.click(By.id("challenge:draft"));
            department.expectMessage("is made of the ideas you chose");
            assertTrue(department.driver().getCurrentUrl().contains("cohorts/challenge.xhtml"), department.driver().getCurrentUrl());

            department.open(ideaPath);
            department.waitForText(By.id("challenge"), "Comfortable embankments " + suffix);
            department.waitForText(By.id("challengeStatus"), "Draft");
        }
    }

    private void aVisitorSeesItPlannedInThePublicList() {
        try (Browser visitor = new Browser()) {
            visitor.open("ideas/index.xhtml");
            visitor.choose("filters:status", "Planned");
            visitor.choose("filters:sort", "Newest first");
            visitor.click(By.id("filters:go"));
            String row = "//*[@id='filters:ideas']//tr[.//a[normalize-space(text())='" + title + "']]";
            visitor.waitForText(By.xpath(row), "Planned");
            visitor.waitForText(By.xpath(row), DEPARTMENT);
            visitor.waitForText(By.xpath(row), "Environment and parks");
            visitor.click(By.linkText(title));
            visitor.waitForText(By.id("supporters"), "1");
            visitor.find(By.id("signInToSupport"));
        }
    }

    private void signIn(Browser browser) {
        browser.open("login.xhtml");
        browser.find(By.id("login:email")).sendKeys(email);
        browser.find(By.id("login:password")).sendKeys(password);
        browser.click(By.id("login:submit"));
    }

    /** The verification link the outbox holds for the citizen (the second parameter of the notification). */
    private String verificationLink() throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url") + "hub_it", System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
             PreparedStatement query = connection.prepareStatement("SELECT parameters FROM notification WHERE recipient = ? "
                     + "AND message_key = 'notification.identity.verifyEmail' ORDER BY id DESC")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the verification mail is in the outbox");
                return rows.getString(1).split("\u001f", -1)[1];
            }
        }
    }

    private static String file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("hub-idea").resolve(name);
        Files.write(file, content);
        return file.toString();
    }
}
