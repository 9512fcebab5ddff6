package org.govtechhub.procurement;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open contracts in a real browser: the startup founder subscribes to "Digital outcomes"; the department drafts an
 * opportunity (publishing it without a lot is refused), adds a lot and a criterion and publishes it; the founder is told,
 * finds it, asks a question and bids with a PDF, the bid sealed until the deadline; the department answers in public.
 * After the deadline the department opens the bids (the opening log names it), puts the demo juror on the jury and
 * opens scoring; the juror scores the bid in the jury pages; the department closes scoring and publishes the award,
 * which a visitor reads on the public page.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementJourneyBrowserIT {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String title = "Digital Outcomes: parking permits assistant " + suffix;
    private final String lot = "Discovery " + suffix;
    private final LocalDateTime deadline = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(200);

    @Test
    void aDepartmentPublishesAStartupBidsAndAfterTheDeadlineTheJuryScoresAndTheAwardIsPublic() throws Exception {
        theFounderSubscribesToDigitalOutcomes();
        String tenderUrl = theDepartmentPublishesAnOpportunity();
        theFounderIsToldAsksAndBids();
        theDepartmentAnswers(tenderUrl);
        while (LocalDateTime.now(ZoneOffset.UTC).isBefore(deadline.plusSeconds(1))) {
            Thread.sleep(1000);
        }
        theDepartmentOpensTheBidsAndOpensScoring(tenderUrl);
        theJurorScores();
        theDepartmentAwards(tenderUrl);
        aVisitorReadsTheAward();
    }

    private void theFounderSubscribesToDigitalOutcomes() {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("procurement/subscriptions.xhtml");
            WebElement box = founder.find(By.xpath("//*[@id='alerts:categories']//label[text()='Digital outcomes']"));
            boolean checked = !founder.driver().findElements(By.xpath("//*[@id='alerts:categories']//label[text()='Digital outcomes']"
                    + "/preceding-sibling::div//div[contains(@class,'ui-state-active')]")).isEmpty();
            if (!checked) {
                box.click();
            }
            founder.click(By.id("alerts:save"));
            founder.expectMessage("Your alerts are saved");
        }
    }

    private String theDepartmentPublishesAnOpportunity() {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("procurement/manage/tenders.xhtml");
            department.click(By.id("new"));
            department.find(By.id("details:tenderTitle")).sendKeys(title);
            department.find(By.id("details:description")).sendKeys("An assistant that answers residents' questions about parking permits.");
            department.type("details:budget_input", "50000");
            department.type("details:deadline_input", INPUT.format(deadline));
            department.choose("details:procedure", "Open procedure");
            department.choose("details:category", "Digital outcomes");
            department.click(By.id("details:save"));
            department.expectMessage("is created");
            String tenderUrl = department.driver().getCurrentUrl().replaceFirst(".*/hub/", "");
            assertTrue(tenderUrl.contains("id="), tenderUrl);
            department.click(By.id("details:publish"));
            department.expectMessage("Add at least one lot before publishing.");

            department.find(By.id("lot:lotTitle")).sendKeys(lot);
            department.type("lot:lotBudget_input", "20000");
            department.click(By.id("lot:add"));
            department.waitForText(By.id("lots:lotTable"), lot);
            WebElement name = department.find(By.xpath("(//form[@id='criteriaForm']//input[contains(@id,':name')])[1]"));
            name.sendKeys("Quality of the approach");
            String weight = department.find(By.xpath("(//form[@id='criteriaForm']//input[contains(@id,':weight_input')])[1]")).getAttribute("id");
            department.type(weight, "100");
            department.click(By.id("criteriaForm:saveCriteria"));
            department.expectMessage("The criteria are saved.");
            department.waitForText(By.id("criteria"), "Quality of the approach — 100 %");
            department.click(By.id("details:publish"));
            department.expectMessage("is published; the subscribers of its category are told.");
            department.waitForText(By.id("status"), "Published");
            return tenderUrl;
        }
    }

    private void theFounderIsToldAsksAndBids() throws Exception {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.waitForText(By.id("notifications"), "A new contract opportunity in your categories: \"" + title + "\"");
            founder.open("procurement/opportunities.xhtml");
            founder.choose("filter:category", "Digital outcomes");
            founder.click(By.id("filter:search"));
            founder.click(By.linkText(title));
            founder.waitForText(By.id("tenderTitle"), title);
            founder.waitForText(By.id("status"), "open for bids");
            founder.find(By.id("ask:question")).sendKeys("Is the source code to be open?");
            founder.click(By.id("ask:submit"));
            founder.expectMessage("Your question is sent.");
            founder.waitForText(By.id("questions"), "Is the source code to be open?");

            founder.click(By.linkText("Bid for this lot"));
            founder.waitForText(By.id("lotTitle"), lot);
            founder.type("bid:price_input", "18500");
            founder.find(By.id("bid:summary")).sendKeys("Four weeks of discovery with residents.");
            founder.find(By.id("bid:file")).sendKeys(file("offer.pdf", ProcurementFixture.pdf()));
            founder.click(By.id("bid:submit"));
            founder.expectMessage("Your bid for \"" + lot + "\" is submitted.");
            founder.waitForText(By.id("bidStatus"), "Submitted");
            founder.waitForText(By.id("myDocuments"), "offer.pdf");
            assertTrue(founder.find(By.id("myPrice")).getText().contains("18"), founder.find(By.id("myPrice")).getText());
        }
    }

    private void theDepartmentAnswers(String tenderUrl) {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open(tenderUrl);
            department.find(By.xpath("//form[@id='answers']//textarea")).sendKeys("Yes, under the EUPL.");
            department.click(By.xpath("//form[@id='answers']//button"));
            department.expectMessage("The answer is public.");
            department.click(By.linkText("1. " + lot));
            department.waitForText(By.id("sealed"), "The bids are sealed.");
            assertTrue(department.driver().findElements(By.id("actions:open")).isEmpty(), "no opening before the deadline");
            department.waitForText(By.id("bids"), "No bids to show");
        }
    }

    private void theDepartmentOpensTheBidsAndOpensScoring(String tenderUrl) {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open(tenderUrl);
            department.find(By.id("jury:jurorEmail")).sendKeys("juror@govtech-hub.demo");
            department.click(By.id("jury:addJuror"));
            department.expectMessage("is on the jury.");
            department.click(By.linkText("1. " + lot));
            department.click(By.id("actions:open"));
            department.expectMessage("The bids are opened (1)");
            department.waitForText(By.id("bids"), "OpenPermit Labs");
            department.waitForText(By.id("bids"), "offer.pdf");
            department.click(By.id("actions:openScoring"));
            department.expectMessage("Round 1 is open");
            department.open(tenderUrl);
            department.waitForText(By.id("openings"), "department@govtech-hub.demo");
        }
    }

    private void theJurorScores() {
        try (Browser juror = new Browser()) {
            juror.signIn("juror");
            juror.open("jury/index.xhtml");
            String row = "//*[@id='tasks']//tr[.//*[contains(normalize-space(.),'" + title + "')]]";
            juror.click(By.xpath(row + "//a[normalize-space(text())='OpenPermit Labs']"));
            juror.waitForText(By.id("entryTitle"), "OpenPermit Labs");
            juror.click(By.xpath("(//fieldset[contains(@class,'hub-criterion')])[1]//div[contains(@class,'ui-button')][span[text()='7']]"));
            juror.click(By.id("scorecard:submit"));
            juror.open("jury/index.xhtml");
            juror.waitForText(By.xpath(row), "Submitted");
        }
    }

    private void theDepartmentAwards(String tenderUrl) {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open(tenderUrl);
            department.click(By.linkText("1. " + lot));
            department.click(By.id("actions:closeScoring"));
            department.expectMessage("Scoring is closed");
            department.waitForText(By.id("ranking"), "OpenPermit Labs");
            department.click(By.id("actions:award"));
            department.expectMessage("The lot is awarded to OpenPermit Labs");
            department.waitForText(By.id("winner"), "OpenPermit Labs");
        }
    }

    private void aVisitorReadsTheAward() {
        try (Browser visitor = new Browser()) {
            visitor.open("procurement/opportunities.xhtml");
            visitor.click(By.linkText(title));
            visitor.waitForText(By.id("lots"), "awarded to OpenPermit Labs");
            visitor.waitForText(By.id("questions"), "Yes, under the EUPL.");
            assertTrue(visitor.driver().findElements(By.id("ask")).isEmpty(), "visitors do not ask");
        }
    }

    private static String file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("hub-bid").resolve(name);
        Files.write(file, content);
        return file.toString();
    }
}
