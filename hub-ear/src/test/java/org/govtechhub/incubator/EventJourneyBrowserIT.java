package org.govtechhub.incubator;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incubator's events in a real browser: a visitor, not signed in, finds the events from the public menu, reads the
 * past case-study conference's programme (a report links to its project in the catalogue) and recommendations, and
 * registers for the upcoming round table as an official from Samara Oblast; registering the same address again is
 * refused with what was typed kept. The program manager finds the visitor on the round table's door list, checks them
 * in, and the attendance tables (and their CSV) count them by region and by kind. The manager then sets up a round
 * table (no places is refused), adds a section and a report linked to a catalogue project, has a non-PDF refused as its
 * slides, uploads a PDF, publishes the presentation and the event, and anyone can download the slides.
 */
@ExtendWith(ArquillianExtension.class)
class EventJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "visitor-" + suffix + "@example.org";
    private final String name = "Aleksandra Visitor " + suffix;

    @Test
    void aVisitorRegistersForTheRoundTableAndTheManagerChecksThemInAndSeesTheAttendance() throws Exception {
        aVisitorReadsTheConferenceAndRegistersForTheRoundTable();
        theManagerChecksTheVisitorInAndSeesTheAttendance();
        theManagerSetsUpARoundTableWithAReportAndPublishesItsSlides();
    }

    private void aVisitorReadsTheConferenceAndRegistersForTheRoundTable() {
        try (Browser visitor = new Browser()) {
            visitor.open("projects");
            visitor.click(By.id("topbar:nav-events"));
            visitor.waitForText(By.id("page-title"), "Events");
            visitor.waitForText(By.id("past"), EventDemoData.CONFERENCE);
            visitor.click(By.linkText(EventDemoData.CONFERENCE));
            visitor.waitForText(By.id("eventTitle"), EventDemoData.CONFERENCE);
            visitor.waitForText(By.id("programme"), "Social initiatives, crowdsourcing and non-government projects");
            visitor.waitForText(By.id("recommendations"), "Study the global analogues of a project");
            visitor.find(By.id("closed"));
            assertTrue(visitor.driver().findElements(By.id("register")).isEmpty(), "a past event takes no registrations");
            visitor.click(By.linkText("Russian Fires"));
            visitor.waitForText(By.id("projectName"), "Russian Fires");
            assertTrue(visitor.driver().getCurrentUrl().endsWith("/hub/projects/russian-fires"), visitor.driver().getCurrentUrl());

            visitor.open("incubator/events.xhtml");
            visitor.click(By.linkText(EventDemoData.ROUND_TABLE));
            visitor.waitForText(By.id("kind"), "Round table");
            visitor.waitForText(By.id("placesLeft"), "places left");
            visitor.find(By.id("register:name")).sendKeys(name);
            visitor.find(By.id("register:email")).sendKeys(email);
            visitor.find(By.id("register:organisation")).sendKeys("Administration of Samara Oblast");
            visitor.choose("register:region", "Samara Oblast");
            visitor.choose("register:kind", "Official of the authorities");
            visitor.click(By.id("register:submit"));
            visitor.expectMessage("You are registered for \"" + EventDemoData.ROUND_TABLE + "\"");

            visitor.find(By.id("register:name")).sendKeys(name);
            visitor.find(By.id("register:email")).sendKeys(email.toUpperCase());
            visitor.choose("register:kind", "Expert");
            visitor.click(By.id("register:submit"));
            visitor.expectMessage(email + " is already registered");
            assertEquals(name, visitor.find(By.id("register:name")).getAttribute("value"), "what was typed is kept");

            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.id("page-title"), "Мероприятие");
            visitor.waitForText(By.id("kind"), "Круглый стол");
            visitor.click(By.id("topbar:lang-en"));
            visitor.waitForText(By.id("page-title"), "Event");
        }
    }

    private void theManagerChecksTheVisitorInAndSeesTheAttendance() throws Exception {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/events.xhtml");
            manager.click(By.linkText(EventDemoData.ROUND_TABLE));
            manager.waitForText(By.id("eventTitle"), EventDemoData.ROUND_TABLE);
            String row = "//*[@id='door:registrations']//tr[.//*[contains(normalize-space(text()),'" + email + "')]]";
            manager.waitForText(By.xpath(row), name);
            manager.click(By.xpath(row + "//button[contains(@id,'checkIn')]"));
            manager.expectMessage(name + " is checked in");
            manager.waitForText(By.xpath(row), "Yes");

            manager.waitForText(cell("byRegion", "Samara Oblast", 2), "1");
            manager.waitForText(cell("byRegion", "Samara Oblast", 3), "1");
            manager.waitForText(cell("byKind", "Official of the authorities", 3), "1");
            manager.waitForText(cell("byKind", "Total", 3), "1");

            String session = manager.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String path = manager.find(By.id("csv-byRegion")).getAttribute("href").replaceFirst(".*/hub/", "");
            String csv = new String(new HubClient().inSession(session).download(path).body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("Samara Oblast,1,1"), csv);
        }
    }

    private void theManagerSetsUpARoundTableWithAReportAndPublishesItsSlides() throws Exception {
        String title = "Round table " + suffix;
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/events.xhtml");
            manager.click(By.id("new"));
            manager.choose("details:kind", "Round table");
            manager.find(By.id("details:eventTitle")).sendKeys(title);
            manager.type("details:startsAt_input", day + " 09:00");
            manager.type("details:endsAt_input", day + " 12:00");
            manager.type("details:capacity_input", "0");
            manager.click(By.id("details:save"));
            manager.expectMessage("The number of places must be between 1 and");
            manager.type("details:capacity_input", "25");
            manager.click(By.id("details:save"));
            manager.expectMessage("is created");
            manager.waitForText(By.id("status"), "Draft");

            manager.find(By.id("section:sectionTitle")).sendKeys("Cases from the regions");
            manager.click(By.id("section:add"));
            manager.waitForText(By.id("programme"), "Cases from the regions");
            manager.choose("report:sectionId", "1. Cases from the regions");
            manager.find(By.id("report:reportTitle")).sendKeys("StreetJournal in Samara");
            manager.find(By.id("report:speaker")).sendKeys("The StreetJournal team");
            manager.find(By.id("report:project")).sendKeys("streetjournal");
            manager.click(By.id("report:add"));
            manager.waitForText(By.id("programme"), "StreetJournal in Samara");

            new Select(manager.find(By.id("slides:reportId"))).selectByVisibleText("StreetJournal in Samara (The StreetJournal team)");
            manager.find(By.id("slides:file")).sendKeys(file("slides.pdf", "a presentation, not a PDF".getBytes(StandardCharsets.US_ASCII)));
            manager.click(By.id("slides:upload"));
            manager.expectMessage("\"slides.pdf\" is not a PDF file");
            new Select(manager.find(By.id("slides:reportId"))).selectByVisibleText("StreetJournal in Samara (The StreetJournal team)");
            manager.find(By.id("slides:file")).sendKeys(file("streetjournal.pdf", EventFixture.pdf()));
            manager.click(By.id("slides:upload"));
            manager.expectMessage("are kept");
            manager.waitForText(By.id("programme"), "streetjournal.pdf");
            manager.click(By.xpath("//form[@id='programme']//button"));
            manager.waitForText(By.id("programme"), "Withdraw");
            manager.click(By.id("details:publish"));
            manager.expectMessage("is published and open for registration");
            manager.click(By.id("publicPage"));
            manager.waitForText(By.id("presentations"), "StreetJournal in Samara");
            String slides = manager.find(By.linkText("StreetJournal in Samara")).getAttribute("href").replaceFirst(".*/hub/", "");
            HttpResponse<byte[]> anyone = new HubClient().download(slides);
            assertEquals(200, anyone.statusCode(), "published slides are public");
            assertArrayEqualsPdf(anyone.body());
        }
    }

    private static void assertArrayEqualsPdf(byte[] body) {
        assertEquals(new String(EventFixture.pdf(), StandardCharsets.US_ASCII), new String(body, StandardCharsets.US_ASCII));
    }

    private static String file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("hub-slides").resolve(name);
        Files.write(file, content);
        return file.toString();
    }

    /** The cell in this column (1 for the first) of the report table's row whose first cell names this. */
    private static By cell(String table, String label, int column) {
        return By.xpath("//*[@id='" + table + "']//tr[td[1][contains(normalize-space(.),'" + label + "')]]/td[" + column + "]");
    }
}
