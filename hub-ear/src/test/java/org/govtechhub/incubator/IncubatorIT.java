package org.govtechhub.incubator;

import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.govtechhub.incubator.CatalogueQuery.Facet.MODEL;
import static org.govtechhub.incubator.CatalogueQuery.Facet.NEED;
import static org.govtechhub.incubator.CatalogueQuery.Facet.OPEN_SOURCE;
import static org.govtechhub.incubator.CatalogueQuery.Facet.REGION;
import static org.govtechhub.incubator.CatalogueQuery.Facet.SECTOR;
import static org.govtechhub.incubator.CatalogueQuery.Facet.STAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The virtual incubator on the real database: founders submit projects, program managers return and publish them,
 * every change is kept, names and websites are not taken twice, a project reaches its owner only until it is
 * published, and visitors search the catalogue in Russian and English with facets.
 */
@ExtendWith(ArquillianExtension.class)
class IncubatorIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(IncubatorIT.class, IncubatorFixture.class).build();
    }

    @Inject
    private IncubatorFixture fixture;

    @Inject
    private ProjectService projects;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    /** The person's notifications with this key whose first parameter is this project name. */
    private List<Notification> told(Person person, String messageKey, String projectName) {
        return notifications.latestFor(person.getEmail()).stream()
                .filter(n -> n.getMessageKey().equals(messageKey) && n.parameterValues()[0].equals(projectName)).toList();
    }

    private CataloguePage search(String text) {
        return catalogue.search(new CatalogueQuery(text, null, null, null, null, null, null, null, 1));
    }

    @Test
    void aFounderSubmitsAProjectTheManagerReturnsItWithAReasonThenPublishesItAndEveryStepIsKept() {
        Person igor = fixture.founder("Igor Petrov");
        Person anna = fixture.manager("Anna Kuznetsova");
        Person boris = fixture.manager("Boris Orlov");
        String name = IncubatorFixture.unique("Bus tracker");

        Project draft = projects.draft("  " + name + " ", igor.getEmail());
        assertEquals(name, draft.getName());
        assertEquals(ProjectStatus.DRAFT, draft.getStatus());
        assertEquals(igor, draft.getOwner());
        assertEquals(igor.getOrganisation(), draft.getStartup(), "the founder's startup is the project's");
        assertEquals(SearchTerms.slug(name), draft.getSlug());
        assertEquals("incubator.project.incomplete", key(() -> projects.submit(draft.getId(), igor.getEmail())));

        draft.setTagline("Ryazan's buses on a map, live");
        draft.setProblem("Passengers do not know when the bus comes.");
        draft.setSolution("GLONASS sensors on every bus, on a public map.");
        draft.setSector(Sector.TRANSPORT);
        Project filled = projects.update(draft, List.of("RU-RYA"), igor.getEmail());
        assertEquals(Set.of("RU-RYA"), filled.getRegions().stream().map(Region::getCode).collect(Collectors.toSet()));
        Project submitted = projects.submit(filled.getId(), igor.getEmail());
        assertEquals(ProjectStatus.SUBMITTED, submitted.getStatus());
        assertNotNull(submitted.getSubmittedAt());
        for (Person manager : List.of(anna, boris)) {
            List<Notification> toManager = told(manager, "notification.incubator.projectSubmitted", name);
            assertEquals(1, toManager.size(), manager.getFullName());
            assertEquals("Igor Petrov", toManager.get(0).parameterValues()[1]);
        }
        assertTrue(projects.awaitingModeration().contains(submitted));
        filled.setTagline("Changed while it waits");
        assertEquals("incubator.project.awaitingModeration", key(() -> projects.update(filled, List.of("RU-RYA"), igor.getEmail())));
        assertEquals("error.notFound", key(() -> catalogue.published(draft.getSlug())), "waiting for moderation is not public");

        String reason = "Name the bus operators you work with.";
        projects.returnWithReason(submitted.getId(), reason);
        List<Notification> toIgor = told(igor, "notification.incubator.projectReturned", name);
        assertEquals(1, toIgor.size());
        assertEquals(reason, toIgor.get(0).parameterValues()[1]);
        Project returned = projects.forOwner(submitted.getId(), igor.getEmail());
        assertEquals(ProjectStatus.RETURNED, returned.getStatus());
        assertEquals(reason, returned.getReturnReason());
        assertEquals("Ryazan's buses on a map, live", returned.getTagline(), "the refused change was not saved");
        assertFalse(projects.awaitingModeration().contains(returned));
        assertEquals("error.notFound", key(() -> catalogue.published(draft.getSlug())), "a returned project is not public");

        returned.setSolution("GLONASS sensors on every bus of Ryazan's two operators, on a public map.");
        returned.setNeeds(EnumSet.of(Need.PARTNERS));
        projects.update(returned, List.of("RU-RYA"), igor.getEmail());
        projects.submit(returned.getId(), igor.getEmail());
        for (Person manager : List.of(anna, boris)) {
            assertEquals(2, told(manager, "notification.incubator.projectSubmitted", name).size(), manager.getFullName());
        }
        Project published = projects.publish(returned.getId());

        assertEquals(ProjectStatus.PUBLISHED, published.getStatus());
        assertNotNull(published.getPublishedAt());
        assertNull(published.getReturnReason());
        assertEquals(draft.getSlug(), told(igor, "notification.incubator.projectPublished", name).get(0).parameterValues()[1]);
        Project inCatalogue = catalogue.published(draft.getSlug());
        assertEquals(draft, inCatalogue);
        assertEquals("GLONASS sensors on every bus of Ryazan's two operators, on a public map.", inCatalogue.getSolution());
        assertEquals(Set.of(Need.PARTNERS), inCatalogue.getNeeds());

        List<ProjectRevision> history = projects.history(published);
        assertEquals(List.of(RevisionAction.PUBLISHED, RevisionAction.SUBMITTED, RevisionAction.EDITED, RevisionAction.RETURNED,
                RevisionAction.SUBMITTED, RevisionAction.EDITED, RevisionAction.CREATED), history.stream().map(ProjectRevision::getAction).toList());
        assertEquals(List.of("solution", "needs"), history.get(2).getFieldList());
        assertEquals(reason, history.get(3).getNote());
        assertEquals(List.of("tagline", "problem", "solution", "sector", "regions"), history.get(5).getFieldList());
        assertEquals(List.of(), history.get(6).getFieldList());
        assertNull(history.get(6).getNote());
    }

    @Test
    void aSecondProjectUnderTheSameNameOrWebsiteIsRefusedNamingTheFirstAndNothingOfItIsSaved() {
        Person igor = fixture.founder("Igor Petrov");
        Person olga = fixture.founder("Olga Ivanova");
        String mark = IncubatorFixture.token();
        Project first = fixture.published(igor, "Street Journal " + mark, p -> p.setWebsite("http://" + mark + ".example.org"), "RU-SAM");

        BusinessException sameName = assertThrows(BusinessException.class, () -> projects.draft("streetjournal " + mark.toUpperCase(), olga.getEmail()));
        assertEquals("incubator.project.duplicate", sameName.getMessageKey());
        assertEquals("streetjournal " + mark.toUpperCase(), sameName.getParameters()[0]);
        assertEquals("Street Journal " + mark, sameName.getParameters()[1]);
        assertEquals("incubator.project.duplicate", key(() -> projects.draft("STREET-JOURNAL." + mark, olga.getEmail())));
        assertEquals(List.of(), projects.mine(olga.getEmail()), "no draft was made");

        Project other = projects.draft("Street News " + mark, olga.getEmail());
        other.setTagline("Street news, by residents");
        other.setWebsite("https://www." + mark + ".example.org/");
        BusinessException sameWebsite = assertThrows(BusinessException.class, () -> projects.update(other, List.of("RU-MOW"), olga.getEmail()));
        assertEquals("incubator.project.duplicateWebsite", sameWebsite.getMessageKey());
        assertEquals("https://www." + mark + ".example.org/", sameWebsite.getParameters()[0]);
        assertEquals(first.getName(), sameWebsite.getParameters()[1]);
        Project unchanged = projects.forOwner(other.getId(), olga.getEmail());
        assertNull(unchanged.getWebsite());
        assertNull(unchanged.getTagline());
        assertEquals(Set.of(), unchanged.getRegions());
        assertEquals(List.of(RevisionAction.CREATED), projects.history(unchanged).stream().map(ProjectRevision::getAction).toList());

        unchanged.setName("Street  journal " + mark);
        assertEquals("incubator.project.duplicate", key(() -> projects.update(unchanged, List.of("RU-MOW"), olga.getEmail())), "renamed into the first");
        assertEquals("Street News " + mark, projects.forOwner(other.getId(), olga.getEmail()).getName());

        Project mine = projects.forOwner(first.getId(), igor.getEmail());
        mine.setWebsite("https://www." + mark + ".example.org/");
        assertEquals("https://www." + mark + ".example.org/", projects.update(mine, List.of("RU-SAM"), igor.getEmail()).getWebsite(),
                "a project's own website, spelt another way, is no duplicate");
    }

    @Test
    void anotherPersonCannotOpenChangeOrSubmitSomeonesProjectByItsIdAndOnlyPublishedProjectsArePublic() {
        Person igor = fixture.founder("Igor Petrov");
        Person colleague = fixture.colleague(igor, "Olga Petrova");
        Person anna = fixture.civilServant("Anna Smirnova");
        Project draft = fixture.complete(igor, IncubatorFixture.unique("Moy gorod"), "RU-MOW");

        assertEquals("error.notFound", key(() -> projects.forOwner(draft.getId(), anna.getEmail())));
        draft.setTagline("Taken over by someone else");
        assertEquals("error.notFound", key(() -> projects.update(draft, List.of("RU-MOW"), anna.getEmail())));
        assertEquals("error.notFound", key(() -> projects.submit(draft.getId(), anna.getEmail())));
        assertEquals("error.notFound", key(() -> catalogue.published(draft.getSlug())), "a draft is not public");
        assertEquals(List.of(), projects.mine(anna.getEmail()));

        Project atOwner = projects.forOwner(draft.getId(), igor.getEmail());
        assertEquals(ProjectStatus.DRAFT, atOwner.getStatus());
        assertEquals("Residents report street problems to the body responsible", atOwner.getTagline());
        assertEquals(atOwner, projects.forOwner(draft.getId(), colleague.getEmail()), "someone of the project's startup may open it");
        assertEquals(List.of(atOwner), projects.mine(colleague.getEmail()));

        projects.submit(draft.getId(), colleague.getEmail());
        projects.returnWithReason(draft.getId(), "Which city?");
        assertEquals("error.notFound", key(() -> catalogue.published(draft.getSlug())), "a returned project is not public");
        assertEquals("error.notFound", key(() -> catalogue.published("no-such-project-" + IncubatorFixture.token())));
        assertEquals("error.notFound", key(() -> catalogue.published(null)));
    }

    @Test
    void aSearchFindsEveryInflectedFormAndItsFacetsCountTheResults() {
        Person founder = fixture.founder("Igor Petrov");
        String token = IncubatorFixture.token();
        Project fires = fixture.published(founder, IncubatorFixture.unique("Pomoshch"), p -> {
            p.setTagline(token + " Помощь регионам, охваченным лесными пожарами");
            p.setProblem("Люди, пострадавшие от огня, не знают, где получить помощь.");
            p.setSolution("Волонтёры и нуждающиеся находят друг друга на карте.");
            p.setSector(Sector.EMERGENCY_RELIEF);
            p.setStage(ProjectStage.PILOT);
            p.setBusinessModel(BusinessModel.VOLUNTEER);
            p.setNeeds(EnumSet.of(Need.VOLUNTEERS));
        }, "RU-KRS");
        Project buses = fixture.published(founder, IncubatorFixture.unique("Bus62 live"), p -> {
            p.setTagline(token + " Tracking buses in Ryazan");
            p.setProblem("Passengers do not know when the next one comes.");
            p.setSolution("GLONASS sensors report where every vehicle is.");
            p.setSector(Sector.TRANSPORT);
            p.setStage(ProjectStage.MVP);
            p.setBusinessModel(BusinessModel.LICENSING);
            p.setOpenSource(true);
            p.setLicence("MIT");
            p.setNeeds(EnumSet.of(Need.FUNDING, Need.PARTNERS));
        }, "RU-RYA");
        Project roads = fixture.published(founder, IncubatorFixture.unique("Yamy Kurska"), p -> {
            p.setTagline(token + " Road repairs reported by residents");
            p.setProblem("Potholes stay unrepaired for months.");
            p.setSolution("Residents photograph a pothole; the road department sees it on a map.");
            p.setSector(Sector.TRANSPORT);
            p.setStage(ProjectStage.PILOT);
            p.setBusinessModel(BusinessModel.SUBSCRIPTION);
            p.setNeeds(EnumSet.of(Need.FUNDING));
        }, "RU-RYA", "RU-KRS");
        fixture.complete(founder, IncubatorFixture.unique("Not yet"), p -> p.setTagline(token + " пожары tracking reports"), "RU-KRS");

        CataloguePage all = search(token);
        assertEquals(3, all.total(), "the draft is not in the catalogue");
        assertEquals(List.of(roads, buses, fires), all.projects(), "newest first");
        assertEquals(1, all.pages());
        assertEquals(Map.of(Sector.TRANSPORT, 2L, Sector.EMERGENCY_RELIEF, 1L), all.facets().get(SECTOR));
        assertEquals(Map.of("RU-RYA", 2L, "RU-KRS", 2L), all.facets().get(REGION));
        assertEquals(2, all.count(STAGE, ProjectStage.PILOT));
        assertEquals(1, all.count(STAGE, ProjectStage.MVP));
        assertEquals(0, all.count(STAGE, ProjectStage.IDEA));
        assertEquals(1, all.count(MODEL, BusinessModel.LICENSING));
        assertEquals(1, all.count(OPEN_SOURCE, true));
        assertEquals(2, all.count(OPEN_SOURCE, false));
        assertEquals(2, all.count(NEED, Need.FUNDING));
        assertEquals(1, all.count(NEED, Need.VOLUNTEERS));
        assertEquals(0, all.count(NEED, Need.GOING_ABROAD));
        assertEquals(List.of(buses, fires, roads),
                catalogue.search(new CatalogueQuery(token, null, null, null, null, null, null, CatalogueQuery.Sort.NAME, 1)).projects(), "by name");

        for (String inflected : List.of("пожары", "Пожар", "пожарами", "пожаров")) {
            CataloguePage found = search(inflected + " " + token);
            assertEquals(List.of(fires), found.projects(), inflected);
            assertEquals(1, found.total(), inflected);
            assertEquals(Map.of(Sector.EMERGENCY_RELIEF, 1L), found.facets().get(SECTOR), inflected);
        }
        assertEquals(List.of(fires), search("волонтеры " + token).projects(), "ё is searched as е");
        assertEquals(List.of(buses), search("tracked bus " + token).projects());
        assertEquals(List.of(buses), search(token + " TRACK").projects());
        assertEquals(List.of(roads, buses), search("reports " + token).projects(), "report and reported");
        assertEquals(0, search("пожары tracking " + token).total(), "every word must match");

        CataloguePage inRyazan = catalogue.search(new CatalogueQuery(token, null, "RU-RYA", null, null, null, null, null, 1));
        assertTrue(inRyazan.query().isNarrowed());
        assertEquals(List.of(roads, buses), inRyazan.projects());
        assertEquals(Map.of(Sector.TRANSPORT, 2L), inRyazan.facets().get(SECTOR));
        assertEquals(Map.of("RU-RYA", 2L, "RU-KRS", 2L), inRyazan.facets().get(REGION), "the region's own counts leave out its choice");
        assertEquals(1, inRyazan.count(STAGE, ProjectStage.PILOT));

        CataloguePage pilots = catalogue.search(new CatalogueQuery(token, Sector.TRANSPORT, null, ProjectStage.PILOT, null, null, null, null, 1));
        assertEquals(List.of(roads), pilots.projects());
        assertEquals(1, pilots.total());
        assertEquals(Map.of(Sector.TRANSPORT, 1L, Sector.EMERGENCY_RELIEF, 1L), pilots.facets().get(SECTOR), "the pilots of every sector");
        assertEquals(Map.of(ProjectStage.PILOT, 1L, ProjectStage.MVP, 1L), pilots.facets().get(STAGE), "every stage of transport");
        assertEquals(Map.of("RU-RYA", 1L, "RU-KRS", 1L), pilots.facets().get(REGION));
        assertEquals(1, pilots.count(NEED, Need.FUNDING));
        assertEquals(0, pilots.count(NEED, Need.PARTNERS));

        CataloguePage openSource = catalogue.search(new CatalogueQuery(token, null, null, null, null, true, Need.FUNDING, null, 1));
        assertEquals(List.of(buses), openSource.projects());
        assertEquals(Map.of(true, 1L, false, 1L), openSource.facets().get(OPEN_SOURCE), "of the projects needing funding");

        CataloguePage second = catalogue.search(new CatalogueQuery(token, null, null, null, null, null, null, null, 2));
        assertEquals(List.of(), second.projects());
        assertEquals(3, second.total());
    }

    @Test
    void aProjectRunsOnlyInRegionsTheCatalogueKnows() {
        Person igor = fixture.founder("Igor Petrov");
        Project project = fixture.complete(igor, IncubatorFixture.unique("Moy gorod"), "RU-MOW");
        project.setTagline("Everywhere");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> projects.update(project, List.of("RU-MOW", "XX-NOWHERE"), igor.getEmail()));
        assertEquals("error.notFound", refused.getMessageKey());
        assertEquals("XX-NOWHERE", refused.getParameters()[0]);
        Project unchanged = projects.forOwner(project.getId(), igor.getEmail());
        assertEquals(Set.of("RU-MOW"), unchanged.getRegions().stream().map(Region::getCode).collect(Collectors.toSet()));
        assertEquals("Residents report street problems to the body responsible", unchanged.getTagline());

        List<Region> regions = catalogue.regions();
        assertEquals("RU", regions.get(0).getCode(), "Russia as a whole first");
        assertEquals("Рязанская область", catalogue.region("RU-RYA").getNameRu());
        assertTrue(regions.stream().anyMatch(r -> r.getCode().equals("GB")));
        assertEquals("error.notFound", key(() -> catalogue.region("XX-NOWHERE")));
    }
}
