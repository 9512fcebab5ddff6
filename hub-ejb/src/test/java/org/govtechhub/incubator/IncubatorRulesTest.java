package org.govtechhub.incubator;

import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the virtual incubator that live in plain Java: the word index and its stemmer, the duplicate key and
 * the address of a project, the project's submission and moderation, the history's "what", and the catalogue's JPQL.
 */
class IncubatorRulesTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2027, 3, 5, 16, 30);

    /** The one indexed word of a text of one word. */
    private static String indexed(String word) {
        Set<String> terms = SearchTerms.of(word);
        assertEquals(1, terms.size(), () -> word + " gives " + terms);
        return terms.iterator().next();
    }

    /** The one search word of a search of one word. */
    private static String searched(String word) {
        List<String> terms = SearchTerms.query(word);
        assertEquals(1, terms.size(), () -> word + " gives " + terms);
        return terms.get(0);
    }

    /** Whether a search for this word finds a project whose text has that one (a search word matches the words it begins). */
    private static boolean finds(String search, String text) {
        return indexed(text).startsWith(searched(search));
    }

    /** A region as Flyway seeds it; its constructor is for JPA (reachable from this package) and its code has no setter. */
    private static Region region(String code) {
        Region region = new Region();
        try {
            Field field = Region.class.getDeclaredField("code");
            field.setAccessible(true);
            field.set(region, code);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return region;
    }

    /** A project a founder filled in completely, running in Ryazan Oblast, not yet submitted. */
    private static Project complete(String name) {
        Project project = new Project(name, SearchTerms.slug(name), null, null);
        project.setTagline("Where the city's buses are, now");
        project.setProblem("Passengers do not know when the bus comes.");
        project.setSolution("GLONASS sensors on every bus, on a public map.");
        project.setRegions(Set.of(region("RU-RYA")));
        return project;
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    // --- the word index -------------------------------------------------------------------------------------------

    @Test
    void aRussianSearchFindsEveryInflectedFormOfAWord() {
        assertEquals("пожар", indexed("пожары"));
        assertEquals("пожар", indexed("пожарами"));
        assertEquals("пожар", indexed("пожар"));
        assertEquals("пожар", indexed("Пожаров"));
        assertEquals("холод", indexed("холода"));
        assertEquals("холод", indexed("холодов"));
        assertEquals("транспорт", indexed("транспорт"));
        assertEquals("транспорт", indexed("транспорта"));
        assertEquals("транспорт", indexed("транспортом"));
        assertEquals(SearchTerms.query("пожары холода"), SearchTerms.query("пожарами холодов"));
    }

    @Test
    void aSearchWordFindsTheLongerWordsItBegins() {
        String queryStem = searched("транспорт");
        String indexedStem = indexed("транспортный");
        assertEquals("транспортн", indexedStem);
        assertTrue(indexedStem.startsWith(queryStem), indexedStem + " begins with " + queryStem);
        assertTrue(finds("транспорт", "транспортного"));
        assertTrue(finds("прозрачность", "прозрачности"));
        assertFalse(finds("транспортный", "транспорт"), "the longer word does not find the shorter one");
        assertFalse(finds("пожар", "холодов"));
    }

    @Test
    void yoIsSearchedAsYe() {
        assertEquals(SearchTerms.of("ёлки"), SearchTerms.of("елки"));
        assertEquals(Set.of("елк"), SearchTerms.of("Ёлки"));
        assertEquals(SearchTerms.query("Её ёлка"), SearchTerms.query("ее елка"), "её is a stop word, spelt either way");
        assertEquals(List.of("елк"), SearchTerms.query("её ёлка"));
    }

    @Test
    void anEnglishSearchFindsPluralsAndVerbForms() {
        assertEquals("report", indexed("reports"));
        assertEquals("report", indexed("report"));
        assertEquals("report", indexed("reported"));
        assertEquals("track", indexed("tracking"));
        assertEquals("track", indexed("tracked"));
        assertEquals("track", indexed("track"));
        assertEquals("bus", indexed("buses"));
        assertEquals("bus", indexed("bus"), "a short word keeps its last letter");
        assertTrue(finds("tracking", "tracked"));
        assertTrue(finds("Reports", "report"));
    }

    /**
     * FAILS with the current SearchTerms: an English word ending in -e (or -y) loses it only when an ending follows
     * ("services" → "servic", "created" → "creat", "cities" → "cit") and keeps it on its own ("service", "create",
     * "city"), so the singular or the plain verb, the form a visitor types, does not begin the indexed word and does not
     * find the plural or the past form. See the report: the stem should drop a final -e (and -y) too.
     */
    @Test
    void aSearchForAWordEndingInEFindsItsPluralAndItsPastForm() {
        assertTrue(finds("service", "services"), () -> indexed("services") + " does not begin with " + searched("service"));
        assertTrue(finds("issue", "issues"), () -> indexed("issues") + " does not begin with " + searched("issue"));
        assertTrue(finds("create", "created"), () -> indexed("created") + " does not begin with " + searched("create"));
        assertTrue(finds("city", "cities"), () -> indexed("cities") + " does not begin with " + searched("city"));
    }

    @Test
    void stopWordsOneLetterWordsAndPunctuationAreNotIndexed() {
        assertEquals(Set.of("bus", "пожар", "москв"), SearchTerms.of("The bus, and a x: пожары в Москве и на 5"));
        assertEquals(List.of(), SearchTerms.query("the and of и в на для"));
        assertEquals(List.of(), SearchTerms.query("   "));
        assertEquals(List.of(), SearchTerms.query(null));
        assertEquals(List.of("62"), SearchTerms.query("6 62"), "a one-digit number is dropped, a two-digit one kept");
    }

    @Test
    void aWordLongerThanFortyLettersIsCutAndStillFoundByItsBeginning() {
        String long45 = "a".repeat(45);
        String term = indexed(long45);
        assertEquals(SearchTerms.MAX_TERM, term.length());
        assertEquals("a".repeat(40), term);
        assertEquals(term, searched(long45 + "bbb"), "a longer word with the same forty letters is the same term");
        assertTrue(finds("a".repeat(30), long45));
    }

    @Test
    void aSearchKeepsItsFirstSixWordsEachOnce() {
        List<String> words = SearchTerms.query("alpha bravo kilo delta lima foxtrot golf hotel");
        assertEquals(SearchTerms.MAX_QUERY_TERMS, words.size());
        assertEquals(List.of("alpha", "bravo", "kilo", "delta", "lima", "foxtrot"), words);
        assertEquals(List.of("пожар", "bus"), SearchTerms.query("пожары bus пожарами buses"), "inflected forms of one word count once");
    }

    // --- the duplicate key and the address ------------------------------------------------------------------------

    @Test
    void namesThatDifferOnlyInCaseSpacesAndPunctuationAreOneProject() {
        assertEquals("streetjournal", SearchTerms.key("Street Journal"));
        assertEquals("streetjournal", SearchTerms.key("streetjournal"));
        assertEquals("streetjournal", SearchTerms.key("STREET-JOURNAL"));
        assertEquals("холодаинфо", SearchTerms.key("Холода.инфо"));
        assertEquals("холодаинфо", SearchTerms.key("ХОЛОДА ИНФО"));
        assertEquals(SearchTerms.key("Ёлка"), SearchTerms.key("елка"));
        assertNotEquals(SearchTerms.key("Street Journal"), SearchTerms.key("Street Journals"));
        assertEquals("", SearchTerms.key(null));
    }

    @Test
    void aProjectsAddressIsItsNameInLatinLetters() {
        assertEquals("kholoda-info", SearchTerms.slug("Холода.инфо"));
        assertEquals("bus62-ru", SearchTerms.slug("bus62.ru"));
        assertEquals("decidim", SearchTerms.slug("Décidim!"));
        assertEquals("moy-gorod", SearchTerms.slug("Мой город"));
        assertEquals("rosyama", SearchTerms.slug("РосЯма"));
        assertEquals("obyavleniya", SearchTerms.slug("Объявления"), "hard and soft signs leave no trace");
        assertEquals("street-journal", SearchTerms.slug("  Street -- Journal  "));
        assertEquals("project", SearchTerms.slug(""));
        assertEquals("project", SearchTerms.slug("!!! ... ???"));
        assertEquals("project", SearchTerms.slug(null));
    }

    @Test
    void aLongNamesAddressIsCutAtEightyCharactersWithoutATrailingHyphen() {
        // "а" is one Latin letter, "ж" two: 79 characters, then the space's hyphen as the 80th
        String name = "а" + "ж".repeat(39) + " город";
        assertEquals("a" + "zh".repeat(39), SearchTerms.slug(name));
        String longer = SearchTerms.slug("Длинное имя проекта ".repeat(8));
        assertTrue(longer.length() <= 80, longer);
        assertFalse(longer.endsWith("-"), longer);
        assertTrue(longer.startsWith("dlinnoe-imya-proekta-dlinnoe-imya"), longer);
    }

    // --- a project's submission and moderation --------------------------------------------------------------------

    @Test
    void aProjectIsMadeWithoutADatabaseWithItsKeyAndIndex() {
        Project project = new Project("Холода.инфо", "kholoda-info", null, null);
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertEquals("холодаинфо", project.getNameKey());
        assertEquals("kholoda-info", project.getSlug());
        assertNull(project.getOwner());
        assertEquals(ProjectStage.IDEA, project.getStage());
        assertFalse(project.isPublished());
    }

    @Test
    void aProjectIsSubmittedOnlyWithItsTaglineProblemSolutionAndARegion() {
        Project noTagline = complete("bus62.ru");
        noTagline.setTagline("  ");
        assertEquals("incubator.project.incomplete", key(() -> noTagline.submit(MONDAY)));
        Project noProblem = complete("bus62.ru");
        noProblem.setProblem(null);
        assertEquals("incubator.project.incomplete", key(() -> noProblem.submit(MONDAY)));
        Project noSolution = complete("bus62.ru");
        noSolution.setSolution("");
        assertEquals("incubator.project.incomplete", key(() -> noSolution.submit(MONDAY)));
        Project nowhere = complete("bus62.ru");
        nowhere.setRegions(Set.of());
        BusinessException refused = assertThrows(BusinessException.class, () -> nowhere.submit(MONDAY));
        assertEquals("incubator.project.regionRequired", refused.getMessageKey());
        assertEquals("bus62.ru", refused.getParameters()[0]);
        assertEquals(ProjectStatus.DRAFT, nowhere.getStatus());
        assertNull(nowhere.getSubmittedAt());

        Project project = complete("bus62.ru");
        project.submit(MONDAY);
        assertEquals(ProjectStatus.SUBMITTED, project.getStatus());
        assertEquals(MONDAY, project.getSubmittedAt());
        assertEquals("incubator.project.wrongStatus", key(() -> project.submit(FRIDAY)), "submitted twice");
    }

    @Test
    void aSubmittedProjectCannotBeChangedWhileItWaitsForModeration() {
        Project project = complete("bus62.ru");
        project.requireEditable();
        project.submit(MONDAY);
        BusinessException refused = assertThrows(BusinessException.class, project::requireEditable);
        assertEquals("incubator.project.awaitingModeration", refused.getMessageKey());
        assertEquals("bus62.ru", refused.getParameters()[0]);
        project.publish(FRIDAY);
        project.requireEditable();
        project.returnWithReason("Say which cities.");
        project.requireEditable();
    }

    @Test
    void onlyASubmittedProjectIsPublishedAndItKeepsItsFirstPublicationDate() {
        Project project = complete("bus62.ru");
        assertEquals("incubator.project.wrongStatus", key(() -> project.publish(MONDAY)), "a draft");
        project.submit(MONDAY);
        project.publish(MONDAY);
        assertEquals(ProjectStatus.PUBLISHED, project.getStatus());
        assertTrue(project.isPublished());
        assertEquals(MONDAY, project.getPublishedAt());
        assertEquals("incubator.project.wrongStatus", key(() -> project.publish(FRIDAY)), "published twice");

        project.returnWithReason("The website is down.");
        assertEquals("incubator.project.wrongStatus", key(() -> project.publish(FRIDAY)), "returned, not submitted again");
        project.submit(FRIDAY);
        project.publish(FRIDAY);
        assertEquals(MONDAY, project.getPublishedAt(), "published again: still first published on Monday");
        assertEquals(FRIDAY, project.getSubmittedAt());
        assertNull(project.getReturnReason(), "the reason goes with publication");
    }

    @Test
    void aProjectIsReturnedOnlyWithAReasonFromModerationOrFromTheCatalogue() {
        Project draft = complete("bus62.ru");
        assertEquals("incubator.project.wrongStatus", key(() -> draft.returnWithReason("Too early.")));
        assertEquals(ProjectStatus.DRAFT, draft.getStatus());

        Project submitted = complete("bus62.ru");
        submitted.submit(MONDAY);
        assertEquals("incubator.project.reasonRequired", key(() -> submitted.returnWithReason("   ")));
        assertEquals("incubator.project.reasonRequired", key(() -> submitted.returnWithReason(null)));
        assertEquals(ProjectStatus.SUBMITTED, submitted.getStatus());
        submitted.returnWithReason("  Name the bus operators.  ");
        assertEquals(ProjectStatus.RETURNED, submitted.getStatus());
        assertEquals("Name the bus operators.", submitted.getReturnReason());
        assertEquals("incubator.project.wrongStatus", key(() -> submitted.returnWithReason("Again.")), "already returned");
        submitted.submit(FRIDAY);
        assertEquals(ProjectStatus.SUBMITTED, submitted.getStatus(), "a returned project is submitted again");

        Project published = complete("bus62.ru");
        published.submit(MONDAY);
        published.publish(MONDAY);
        published.returnWithReason("Taken out: the service has closed.");
        assertEquals(ProjectStatus.RETURNED, published.getStatus());
        assertFalse(published.isPublished());
        assertEquals("Taken out: the service has closed.", published.getReturnReason());
    }

    @Test
    void theHistoryNamesExactlyTheFieldsThatChangedInTheOrderOfTheForm() {
        Project project = complete("bus62.ru");
        Map<String, String> before = project.facts();
        project.setNeeds(EnumSet.of(Need.FUNDING, Need.PILOT_REGION));
        project.setTagline("Ryazan's buses on a map, live");
        assertEquals(List.of("tagline", "needs"), Project.changed(before, project.facts()));

        Map<String, String> again = project.facts();
        project.setNeeds(EnumSet.of(Need.PILOT_REGION, Need.FUNDING));
        project.setTagline("  Ryazan's buses on a map, live ");
        assertEquals(List.of(), Project.changed(again, project.facts()), "the same needs, the same words");

        project.setRegions(Set.of(region("RU-RYA"), region("RU-MOW")));
        project.setSector(Sector.TRANSPORT);
        project.setUsersCount(12_000);
        assertEquals(List.of("sector", "usersCount", "regions"), Project.changed(again, project.facts()));
    }

    @Test
    void anEmptyFieldIsTheSameWhetherItIsNullOrBlank() {
        Project project = complete("bus62.ru");
        Map<String, String> before = project.facts();
        assertNull(before.get("impact"));
        project.setImpact("   ");
        project.setTeam("");
        project.setWebsite(" ");
        assertEquals(List.of(), Project.changed(before, project.facts()));
        project.setImpact("40,000 trips a month");
        assertEquals(List.of("impact"), Project.changed(before, project.facts()));
    }

    @Test
    void onlyTheOwnerOrSomeoneOfTheProjectsStartupMayChangeIt() {
        Organisation startup = new Organisation("Bus62", OrganisationKind.STARTUP);
        Person owner = new Person("Igor Petrov", "igor@bus62.example", startup, EnumSet.of(Role.STARTUP));
        Person colleague = new Person("Olga Petrova", "olga@bus62.example", startup, EnumSet.of(Role.STARTUP));
        Person stranger = new Person("Anna Smirnova", "anna@elsewhere.example", new Organisation("Elsewhere", OrganisationKind.STARTUP),
                EnumSet.of(Role.STARTUP));
        Project project = new Project("bus62.ru", "bus62-ru", owner, startup);
        assertTrue(project.isEditableBy(owner));
        assertTrue(project.isEditableBy(colleague));
        assertFalse(project.isEditableBy(stranger));
        assertFalse(project.isEditableBy(null));
        Project alone = new Project("Moy gorod", "moy-gorod", owner, null);
        assertFalse(alone.isEditableBy(colleague), "without a startup, only its owner");
    }

    // --- the catalogue's statements -------------------------------------------------------------------------------

    private static final String PUBLISHED_ONLY = " WHERE p.status = org.govtechhub.incubator.ProjectStatus.PUBLISHED";

    @Test
    void theCatalogueShowsOnlyPublishedProjects() {
        CatalogueQuery everything = CatalogueQuery.all();
        assertEquals("SELECT p FROM Project p" + PUBLISHED_ONLY + " ORDER BY p.publishedAt DESC, p.id DESC", everything.projects().jpql());
        assertEquals("SELECT COUNT(p) FROM Project p" + PUBLISHED_ONLY, everything.count().jpql());
        assertEquals(Map.of(), everything.projects().parameters());
        CatalogueQuery narrowed = new CatalogueQuery("пожары", Sector.EMERGENCY_RELIEF, "RU", ProjectStage.PILOT, BusinessModel.VOLUNTEER,
                true, Need.VOLUNTEERS, CatalogueQuery.Sort.NAME, 2);
        assertTrue(narrowed.projects().jpql().startsWith("SELECT p FROM Project p" + PUBLISHED_ONLY + " AND "), narrowed.projects().jpql());
        assertTrue(narrowed.projects().jpql().endsWith(" ORDER BY p.nameKey, p.id"), narrowed.projects().jpql());
        assertTrue(narrowed.count().jpql().startsWith("SELECT COUNT(p) FROM Project p" + PUBLISHED_ONLY + " AND "));
        for (CatalogueQuery.Facet facet : CatalogueQuery.Facet.values()) {
            assertTrue(narrowed.facet(facet).jpql().contains(PUBLISHED_ONLY), facet + ": " + narrowed.facet(facet).jpql());
        }
    }

    @Test
    void eachSearchWordIsOnePrefixParameter() {
        CatalogueQuery query = new CatalogueQuery("Пожары tracking", null, null, null, null, null, null, null, 1);
        assertEquals(Map.of("word0", "пожар%", "word1", "track%"), query.projects().parameters());
        assertEquals(query.projects().parameters(), query.count().parameters());
        String jpql = query.count().jpql();
        assertTrue(jpql.contains("t0.term LIKE :word0"), jpql);
        assertTrue(jpql.contains("t1.term LIKE :word1"), jpql);
        assertFalse(jpql.contains(":word2"), jpql);
        assertEquals(SearchTerms.MAX_QUERY_TERMS,
                new CatalogueQuery("one two three four five six seven", null, null, null, null, null, null, null, 1).count().parameters().size());
    }

    @Test
    void aFacetsCountsLeaveOutItsOwnChoiceButKeepTheOthers() {
        CatalogueQuery query = new CatalogueQuery("bus", Sector.TRANSPORT, null, ProjectStage.PILOT, null, null, null, null, 1);
        CatalogueQuery.Statement sectors = query.facet(CatalogueQuery.Facet.SECTOR);
        assertEquals(Map.of("word0", "bus%", "stage", ProjectStage.PILOT), sectors.parameters());
        assertFalse(sectors.jpql().contains(":sector"), sectors.jpql());
        assertTrue(sectors.jpql().contains("p.stage = :stage"), sectors.jpql());
        assertTrue(sectors.jpql().startsWith("SELECT p.sector, COUNT(p) FROM Project p WHERE"), sectors.jpql());
        assertTrue(sectors.jpql().endsWith(" GROUP BY p.sector"), sectors.jpql());

        CatalogueQuery.Statement stages = query.facet(CatalogueQuery.Facet.STAGE);
        assertEquals(Map.of("word0", "bus%", "sector", Sector.TRANSPORT), stages.parameters());
        assertFalse(stages.jpql().contains(":stage"), stages.jpql());

        CatalogueQuery.Statement regions = query.facet(CatalogueQuery.Facet.REGION);
        assertEquals(Map.of("word0", "bus%", "sector", Sector.TRANSPORT, "stage", ProjectStage.PILOT), regions.parameters());
        assertTrue(regions.jpql().startsWith("SELECT r.code, COUNT(p) FROM Project p JOIN p.regions r WHERE"), regions.jpql());

        CatalogueQuery inRyazan = new CatalogueQuery(null, null, " RU-RYA ", null, null, null, Need.FUNDING, null, 1);
        assertEquals(Map.of("need", "FUNDING"), inRyazan.facet(CatalogueQuery.Facet.REGION).parameters());
        assertEquals(Map.of("region", "RU-RYA"), inRyazan.facet(CatalogueQuery.Facet.NEED).parameters());
        assertEquals(Map.of("region", "RU-RYA", "need", "FUNDING"), inRyazan.count().parameters());
    }

    @Test
    void aPageBeforeTheFirstIsTheFirstAndEachPageHoldsTwenty() {
        assertEquals(1, new CatalogueQuery(null, null, null, null, null, null, null, null, 0).page());
        assertEquals(1, new CatalogueQuery(null, null, null, null, null, null, null, null, -3).page());
        assertEquals(0, new CatalogueQuery(null, null, null, null, null, null, null, null, 0).first());
        assertEquals(0, CatalogueQuery.all().first());
        assertEquals(40, new CatalogueQuery(null, null, null, null, null, null, null, null, 3).first());
        assertEquals(CatalogueQuery.Sort.NEWEST, new CatalogueQuery(null, null, null, null, null, null, null, null, 1).sort());
        assertNull(new CatalogueQuery(null, null, "  ", null, null, null, null, null, 1).region());
    }

    @Test
    void theCatalogueIsNarrowedByAnyWordOrFacetButNotByStopWords() {
        assertFalse(CatalogueQuery.all().isNarrowed());
        assertFalse(new CatalogueQuery("the и a", null, " ", null, null, null, null, CatalogueQuery.Sort.NAME, 4).isNarrowed());
        assertTrue(new CatalogueQuery(null, Sector.TRANSPORT, null, null, null, null, null, null, 1).isNarrowed());
        assertTrue(new CatalogueQuery("bus", null, null, null, null, null, null, null, 1).isNarrowed());
        assertTrue(new CatalogueQuery(null, null, null, null, null, false, null, null, 1).isNarrowed(), "closed source is a choice too");
        assertTrue(new CatalogueQuery(null, null, "RU-RYA", null, null, null, null, null, 1).isNarrowed());
    }
}
