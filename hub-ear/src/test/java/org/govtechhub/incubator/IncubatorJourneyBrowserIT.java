package org.govtechhub.incubator;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The virtual incubator in a real browser: a visitor comes to the hub's own address and finds the catalogue, searches
 * it in Russian (another form of the word than the project's text), narrows it by a facet and opens a project at its
 * readable address, in English and Russian; a founder adds a project (a name the catalogue already has is refused),
 * tries to submit it without a region and is told so with nothing lost, then submits it; the program manager is
 * refused a return without a reason, then publishes it; the visitor finds it by its words, and the founder sees the
 * whole history; the founder asks for funding (first without saying what, which is refused), and the manager takes
 * the request, introduces the demo mentor and closes it with the outcome, which the founder reads.
 */
@ExtendWith(ArquillianExtension.class)
class IncubatorJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String word = "Tramline" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    private final String name = word + " Budget";

    @Test
    void aFounderSubmitsAProjectTheManagerPublishesItAndVisitorsFindItInTheCatalogue() {
        aVisitorSearchesTheCatalogueInRussianNarrowsItAndOpensAProject();
        String editUrl = theFounderAddsAProjectAndSubmitsItOnceItSaysWhereItRuns();
        theManagerNeedsAReasonToReturnItAndPublishesIt();
        aVisitorFindsTheNewProjectByItsWords();
        theFounderSeesTheWholeHistory(editUrl);
        theManagerInvitesTheProposedExpertWhoReviewsItAndTheFounderAnswersInPublic();
        theFounderAsksForFundingAndTheManagerWorksItThroughThePipeline(editUrl);
        theFounderRecordsAPilotInTatarstanAndTheRegionsPageShowsIt(editUrl);
    }

    private void aVisitorSearchesTheCatalogueInRussianNarrowsItAndOpensAProject() {
        try (Browser visitor = new Browser()) {
            visitor.open("");
            visitor.waitForText(By.id("page-title"), "Civic-tech projects");
            visitor.find(By.id("q")).sendKeys("пожарами");
            visitor.click(By.id("go"));
            visitor.waitForText(By.id("projects"), "Холода.инфо");
            assertTrue(visitor.driver().getCurrentUrl().contains("/hub/projects?q="), visitor.driver().getCurrentUrl());
            assertTrue(visitor.driver().findElements(By.linkText("Russian Fires")).isEmpty(), "its text says fires, not пожары");

            visitor.open("projects");
            visitor.click(By.cssSelector("#facet-SECTOR a[data-value='TRANSPORT']"));
            visitor.waitForText(By.cssSelector("#facet-SECTOR a.hub-chosen"), "Transport");
            assertTrue(visitor.driver().getCurrentUrl().endsWith("/hub/projects?sector=TRANSPORT"), visitor.driver().getCurrentUrl());
            assertTrue(visitor.driver().findElements(By.linkText("StreetJournal")).isEmpty(), "not a transport project");
            visitor.click(By.linkText("bus62.ru"));
            visitor.waitForText(By.id("projectName"), "bus62.ru");
            assertTrue(visitor.driver().getCurrentUrl().endsWith("/hub/projects/bus62-ru"), visitor.driver().getCurrentUrl());
            visitor.waitForText(By.id("regions"), "Ryazan Oblast");
            visitor.find(By.id("lastUpdated"));
            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.id("regions"), "Рязанская область");
            visitor.waitForText(By.id("page-title"), "Проект");
            visitor.click(By.id("topbar:lang-en"));
            visitor.waitForText(By.id("page-title"), "Project");
        }
    }

    /** Returns the address of the project's own page of details. */
    private String theFounderAddsAProjectAndSubmitsItOnceItSaysWhereItRuns() {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("incubator/my-projects.xhtml");
            founder.find(By.id("draft:name")).sendKeys("Street Journal");
            founder.click(By.id("draft:start"));
            founder.expectMessage("The catalogue already has a project named \"StreetJournal\"");

            founder.find(By.id("draft:name")).clear();
            founder.find(By.id("draft:name")).sendKeys(name);
            founder.click(By.id("draft:start"));
            founder.waitForText(By.id("projectName"), name);
            founder.find(By.id("project:tagline")).sendKeys("Residents see where the tram budget goes");
            founder.find(By.id("project:problem")).sendKeys("Nobody can follow what the city spends on its tramlines.");
            founder.find(By.id("project:solution")).sendKeys("Every tramline contract and payment on one public map, updated nightly.");
            founder.choose("project:sector", "Transparency and spending");
            founder.click(By.id("project:submit"));
            founder.expectMessage("choose at least one region where it runs");
            assertEquals("Residents see where the tram budget goes", founder.find(By.id("project:tagline")).getAttribute("value"),
                    "what was typed is kept");

            founder.click(By.id("project:regions"));
            founder.click(By.xpath("//div[@id='project:regions_panel']//li[@data-item-value='RU-RYA']//div[contains(@class, 'ui-chkbox-box')]"));
            founder.find(By.id("project:tagline")).sendKeys(Keys.ESCAPE);
            founder.click(By.id("project:submit"));
            founder.expectMessage("is submitted");
            founder.waitForText(By.id("status"), "Waiting for moderation");
            founder.find(By.id("awaiting"));
            return founder.driver().getCurrentUrl();
        }
    }

    private void theManagerNeedsAReasonToReturnItAndPublishesIt() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/moderation.xhtml");
            manager.click(By.linkText(name));
            manager.waitForText(By.id("projectName"), name);
            manager.waitForText(By.id("regions"), "Ryazan Oblast");
            manager.click(By.id("moderate:return"));
            manager.expectMessage("Give the reason");
            manager.click(By.id("moderate:publish"));
            manager.expectMessage("is published in the catalogue");
        }
    }

    private void aVisitorFindsTheNewProjectByItsWords() {
        try (Browser visitor = new Browser()) {
            visitor.open("projects?q=" + word.toLowerCase() + "+tramlines");
            visitor.waitForText(By.id("projects"), name);
            visitor.click(By.linkText(name));
            visitor.waitForText(By.id("solution"), "Every tramline contract");
            visitor.waitForText(By.id("lastUpdated"), "Last updated");
        }
    }

    private void theManagerInvitesTheProposedExpertWhoReviewsItAndTheFounderAnswersInPublic() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/experts.xhtml");
            manager.choose("plan:sector", "Transparency and spending");
            manager.type("plan:reviewers_input", "1");
            manager.click(By.id("plan:showIt"));
            manager.waitForText(By.id("plan:waiting"), name);
            manager.click(By.xpath("//tbody[@id='plan:waiting_data']/tr[td[contains(., '" + name + "')]]//input[@type='checkbox']"));
            manager.click(By.id("plan:proposeIt"));
            manager.waitForText(By.id("plan:pairs"), "Elena Sokolova");
            manager.waitForText(By.id("optimal"), "The proposal is optimal");
            manager.click(By.id("plan:invite"));
            manager.expectMessage("One invitation was sent");
        }
        try (Browser expert = new Browser()) {
            expert.signIn("expert");
            expert.open("incubator/expert/reviews.xhtml");
            expert.click(By.linkText(name));
            expert.waitForText(By.id("projectName"), name);
            List<WebElement> scales = expert.driver().findElements(By.cssSelector(".hub-scale"));
            assertEquals(5, scales.size(), "five criteria");
            for (int i = 0; i < scales.size(); i++) {
                int score = i == 2 ? 3 : 4;
                scales.get(i).findElement(By.xpath(".//div[contains(@class, 'ui-button')][" + score + "]")).click();
            }
            List<WebElement> comments = expert.driver().findElements(By.cssSelector(".hub-criterion textarea"));
            for (int i = 0; i < comments.size() - 1; i++) {
                comments.get(i).sendKeys("Seen in the Ryazan contracts, point " + (i + 1) + ".");
            }
            expert.click(By.xpath("//label[contains(., 'Support it with changes')]"));
            expert.click(By.id("review:submit"));
            expert.expectMessage("Explain your score for \"Team\"");
            assertEquals("Seen in the Ryazan contracts, point 1.", expert.driver().findElements(By.cssSelector(".hub-criterion textarea")).get(0)
                    .getAttribute("value"), "what was written is kept");
            List<WebElement> again = expert.driver().findElements(By.cssSelector(".hub-criterion textarea"));
            again.get(again.size() - 1).sendKeys("Two developers and a data journalist.");
            expert.click(By.id("review:submit"));
            expert.expectMessage("is submitted; a program manager will release it");
        }
        try (Browser visitor = new Browser()) {
            visitor.open("projects?q=" + word.toLowerCase());
            visitor.click(By.linkText(name));
            visitor.waitForText(By.id("rating"), "No expert evaluation has been published yet.");
        }
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/experts.xhtml");
            manager.click(By.xpath("//tbody[@id='release:awaiting_data']/tr[td[contains(., '" + name + "')]]//button"));
            manager.expectMessage("is published");
        }
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("projects?q=" + word.toLowerCase());
            founder.click(By.linkText(name));
            founder.waitForText(By.id("rating"), "Rated 3.8 out of 5 by one expert");
            founder.waitForText(By.id("reviews"), "Elena Sokolova");
            founder.waitForText(By.id("reviews"), "Two developers and a data journalist.");
            founder.find(By.cssSelector("#reviews textarea")).sendKeys("Thank you: a second city joins in spring.");
            founder.click(By.cssSelector("#reviews button"));
            founder.expectMessage("Your answer is published");
            founder.waitForText(By.id("reviews"), "Thank you: a second city joins in spring.");
            assertTrue(founder.driver().findElements(By.cssSelector("#reviews textarea")).isEmpty(), "one answer per review");
        }
    }

    private void theFounderSeesTheWholeHistory(String editUrl) {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.driver().get(editUrl);
            founder.waitForText(By.id("status"), "Published");
            String history = founder.find(By.id("history")).getText();
            for (String step : new String[] {"Created", "Changed", "Submitted for moderation", "Published", "regions"}) {
                assertTrue(history.contains(step), step + " in " + history);
            }
        }
    }

    private void theFounderAsksForFundingAndTheManagerWorksItThroughThePipeline(String editUrl) {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.driver().get(editUrl);
            founder.choose("askSupport:kind", "Funding");
            founder.click(By.id("askSupport:ask"));
            founder.expectMessage("Say what exactly you need");
            founder.find(By.id("askSupport:description")).sendKeys("A seed grant for sensors on " + word + " tramlines");
            founder.click(By.id("askSupport:ask"));
            founder.expectMessage("is with the program managers");
            founder.waitForText(By.id("support"), "New");
        }
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/support.xhtml");
            manager.click(By.linkText(name));
            manager.waitForText(By.id("description"), "A seed grant for sensors");
            manager.click(By.id("work:take"));
            manager.expectMessage("You handle this request now");
            manager.choose("work:introduction", "A mentor");
            manager.find(By.id("work:person")).sendKeys("mentor@govtech-hub.demo");
            manager.click(By.id("work:doIntroduce"));
            manager.expectMessage("The project is introduced to Ravi Kumar");
            manager.find(By.id("noteForm:note")).sendKeys("Ravi knows the regional innovation fund.");
            manager.click(By.id("noteForm:addNote"));
            manager.waitForText(By.id("notes"), "Ravi knows the regional innovation fund.");
            manager.find(By.id("work:outcome")).sendKeys("Seed grant of 500,000 roubles agreed.");
            manager.click(By.id("work:complete"));
            manager.expectMessage("The request is done");
            manager.waitForText(By.id("status"), "Done");
        }
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.driver().get(editUrl);
            founder.waitForText(By.id("support"), "Done");
            founder.waitForText(By.id("support"), "Seed grant of 500,000 roubles agreed.");
            founder.waitForText(By.id("support"), "Ravi Kumar");
        }
    }

    private void theFounderRecordsAPilotInTatarstanAndTheRegionsPageShowsIt(String editUrl) {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.driver().get(editUrl);
            founder.click(By.id("adoptionsLink"));
            founder.waitForText(By.id("projectName"), name);
            founder.find(By.id("adoption:organisation")).sendKeys("Kazan City Hall");
            founder.type("adoption:startedOn_input", "2026-11-02");
            founder.choose("adoption:status", "Piloting");
            founder.click(By.id("adoption:save"));
            founder.expectMessage("Choose the region");
            assertEquals("Kazan City Hall", founder.find(By.id("adoption:organisation")).getAttribute("value"), "what was typed is kept");
            founder.choose("adoption:region", "Republic of Tatarstan");
            founder.click(By.id("adoption:save"));
            founder.expectMessage("is recorded");
            founder.waitForText(By.id("adoptions"), "Kazan City Hall");
        }
        try (Browser visitor = new Browser()) {
            visitor.open("incubator/region.xhtml?code=RU-TA");
            visitor.waitForText(By.id("regionName"), "Republic of Tatarstan");
            visitor.waitForText(By.id("adopting"), name);
            visitor.waitForText(By.id("neighbours"), "StreetJournal");
            visitor.open("incubator/replication.xhtml");
            visitor.waitForText(By.id("regions"), "Russia (nationwide)");
        }
    }
}
