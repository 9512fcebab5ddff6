package org.govtechhub.cohort;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cohorts in a real browser, in English and Russian: a department drafts a challenge with a SMART goal and submits
 * it; the program manager returns it with a comment, the department fixes and resubmits it, the manager approves and
 * publishes it; an anonymous visitor finds it by searching the open challenges and reads it, in Russian too; a
 * startup registers, completes its profile, applies to it with a PDF pitch deck and sees every eligibility rule pass;
 * the manager shortlists, records the pitch and accepts it, and the funnel shows it; the startup sees the decision.
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

    @Test
    void aDepartmentPostsAChallengeAVisitorFindsItAStartupRegistersAndAppliesAndTheManagerAcceptsIt() {
        String challengeUrl;
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("cohorts/challenges.xhtml");
            choose(department, "draft:cohort", "Startup in Residence Amsterdam · Amsterdam 2027");
            department.find(By.id("draft:title")).sendKeys(title);
            department.click(By.id("draft:start"));
            department.find(By.id("challenge:problem")).sendKeys("Delivery vans block narrow streets in the morning.");
            department.find(By.id("challenge:metric")).sendKeys("deliveries between 7 and 10 in the centre");
            type(department, "challenge:target_input", "40");
            department.find(By.id("challenge:unit")).sendKeys("% fewer");
            type(department, "challenge:deadline_input", "2027-12-31");
            type(department, "challenge:budget_input", "30000");
            department.click(By.id("challenge:save"));
            department.expectMessage("Saved the challenge");
            department.click(By.id("challenge:submit"));
            department.expectMessage("for approval");
            challengeUrl = department.driver().getCurrentUrl();
        }
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
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            openAmsterdamCohort(manager);
            manager.click(By.id(rowOf(manager) + ":approve"));
            manager.waitForText(By.id("review:challenges"), "Approved");
            manager.click(By.id(rowOf(manager) + ":publish"));
            manager.expectMessage("startups can read it now");
        }
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
        try (Browser founder = new Browser()) {
            signIn(founder, founderEmail);
            founder.open("cohorts/profile.xhtml");
            choose(founder, "profile:legalForm", "Private company");
            type(founder, "profile:registeredOn_input", "2023-03-01");
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
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            openAmsterdamCohort(manager);
            manager.click(By.id("applicationsLink"));
            for (String step : new String[] {"SHORTLISTED", "PITCHED", "ACCEPTED"}) {
                manager.click(By.xpath("//tr[.//*[normalize-space(text())='" + startup + "']]//*[contains(@id,':to-" + step + "')]"));
                manager.waitForText(By.xpath("//tr[.//*[normalize-space(text())='" + startup + "']]"),
                        step.equals("ACCEPTED") ? "Accepted" : step.equals("PITCHED") ? "Pitched" : "Shortlisted");
            }
            manager.waitForText(By.id("funnel"), "Accepted");
        }
        try (Browser founder = new Browser()) {
            signIn(founder, founderEmail);
            founder.click(By.id("topbar:lang-ru"));
            founder.waitForText(By.id("page-title"), "Главная");
            founder.open("cohorts/my-applications.xhtml");
            founder.waitForText(By.id("applications"), "Принята");
            founder.click(By.id("topbar:lang-en"));
            founder.waitForText(By.id("applications"), "Accepted");
        }
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

    /** Picks an item of a PrimeFaces select menu by its label, scrolling a long list to it. */
    private static void choose(Browser browser, String menuId, String label) {
        browser.click(By.id(menuId));
        By item = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=\"" + label + "\"]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(driver -> {
            if (!driver.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                WebElement option = driver.findElement(item);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
                option.click();
            }
            return driver.findElement(By.id(menuId + "_label")).getText().equals(label)
                    && !driver.findElement(By.id(menuId + "_input")).getAttribute("value").isEmpty();
        });
    }

    /** Sets the value of a PrimeFaces date or number input (and the hidden input a number input submits). */
    private static void type(Browser browser, String inputId, String text) {
        WebElement input = browser.find(By.id(inputId));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                + "var hidden = document.getElementById(arguments[2]); if (hidden) { hidden.value = arguments[1]; }",
                input, text, inputId.replaceFirst("_input$", "_hinput"));
    }
}
