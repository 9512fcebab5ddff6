package org.govtechhub.incubator;

import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incubator's promotion as its readers and program managers meet it: what a post needs before it is published,
 * how a subscription is confirmed and ended, what a weekly digest tells, and that a feed stays valid XML whatever a
 * title says.
 */
class PromotionRulesTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 7, 0);
    private static final LocalDateTime LAST_MONDAY = MONDAY.minusDays(7);
    private static final String BASE = "https://hub.example.org/hub/";

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private static Post news(String title) {
        return new Post(PostKind.NEWS, title, SearchTerms.slug(title), null);
    }

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

    private static Project project(String name, boolean published) {
        Project project = new Project(name, SearchTerms.slug(name), null, null);
        project.setTagline("Citizens put their city's problems on a map");
        project.setProblem("Residents do not know who is responsible.");
        project.setSolution("A map for the bodies responsible for the area.");
        project.setRegions(Set.of(region("RU-SAM")));
        if (published) {
            project.submit(LAST_MONDAY);
            project.publish(LAST_MONDAY);
        }
        return project;
    }

    // --- posts ----------------------------------------------------------------------------------------------------

    @Test
    void aPostIsPublishedOnlyWithATitleAndASummaryAndKeepsItsFirstPublicationTime() {
        Post post = news("The first case-study conference in Moscow");
        assertEquals("the-first-case-study-conference-in-moscow", post.getSlug());
        assertEquals(PostStatus.DRAFT, post.getStatus());
        assertEquals("incubatorPost.summaryRequired", key(() -> post.publish(LAST_MONDAY)));
        assertEquals(PostStatus.DRAFT, post.getStatus(), "still a draft");

        post.setSummary("273 participants, 52 reports.");
        post.publish(LAST_MONDAY);
        assertTrue(post.isPublished());
        assertEquals(LAST_MONDAY, post.getPublishedAt());
        assertEquals("incubatorPost.wrongStatus", key(() -> post.publish(MONDAY)), "published twice");

        post.unpublish();
        assertEquals(PostStatus.DRAFT, post.getStatus());
        assertEquals("incubatorPost.wrongStatus", key(post::unpublish), "a draft is not unpublished");
        post.publish(MONDAY);
        assertEquals(LAST_MONDAY, post.getPublishedAt(), "published again is not news again");
    }

    @Test
    void aPostWithoutATitleIsNotEvenDrafted() {
        assertEquals("incubatorPost.titleRequired", key(() -> news("  ")));
    }

    @Test
    void aVideoInterviewNeedsAnHttpsLinkToItsVideo() {
        Post interview = new Post(PostKind.VIDEO_INTERVIEW, "An interview with the founder of Russian Fires", "interview", null);
        interview.setSummary("How the platform helps people affected by fires.");
        assertEquals("incubatorPost.videoUrlRequired", key(() -> interview.publish(MONDAY)));

        interview.setVideoUrl("http://video.example.org/interview");
        assertEquals("incubatorPost.videoUrlInvalid", key(interview::checkChange), "plain http is refused");
        interview.setVideoUrl("javascript:alert(1)");
        assertEquals("incubatorPost.videoUrlInvalid", key(() -> interview.publish(MONDAY)));
        interview.setVideoUrl("https:// spaced.example.org");
        assertEquals("incubatorPost.videoUrlInvalid", key(interview::checkChange));

        interview.setVideoUrl("  https://video.example.org/interview?t=10  ");
        interview.publish(MONDAY);
        assertEquals("https://video.example.org/interview?t=10", interview.getVideoUrl());
    }

    @Test
    void aPublishedPostMustStayComplete() {
        Post post = news("StreetJournal in Samara");
        post.setSummary("The mayor uses it.");
        post.publish(MONDAY);
        post.setSummary(" ");
        assertEquals("incubatorPost.summaryRequired", key(post::checkChange));
        post.setSummary("The mayor of Samara began to use it actively.");
        post.checkChange();
    }

    @Test
    void aPostIsTaggedOnlyWithProjectsInThePublicCatalogue() {
        Post post = news("Gov 2.0 in the regions");
        Project streetJournal = project("StreetJournal", true);
        Project draft = project("Every Little Helps", false);

        assertEquals("incubatorPost.projectNotPublished", key(() -> post.tag(List.of(streetJournal, draft))));
        assertTrue(post.getProjects().isEmpty(), "nothing tagged when one is refused");

        post.tag(List.of(streetJournal));
        assertEquals(List.of(streetJournal), post.getProjectList());
        post.tag(List.of());
        assertTrue(post.getProjects().isEmpty(), "the tags are replaced");

        List<Project> many = new ArrayList<>();
        for (int i = 0; i <= Post.MAX_PROJECTS; i++) {
            many.add(project("Project " + i, true));
        }
        assertEquals("incubatorPost.tooManyProjects", key(() -> post.tag(many)));
    }

    // --- subscribers ------------------------------------------------------------------------------------------------

    @Test
    void aSubscriptionIsPendingUntilConfirmedAndEndsWithOneClick() {
        Subscriber subscriber = new Subscriber("  Olga.Smirnova@Example.ORG ", "ru");
        assertEquals("olga.smirnova@example.org", subscriber.getEmail());
        assertEquals("ru", subscriber.getLanguage());
        assertEquals(SubscriberStatus.PENDING, subscriber.getStatus());
        assertFalse(subscriber.isConfirmed(), "no digest before the confirmation");

        subscriber.confirm(MONDAY);
        assertTrue(subscriber.isConfirmed());
        assertEquals(MONDAY, subscriber.getConfirmedAt());
        subscriber.confirm(MONDAY.plusDays(1));
        assertEquals(MONDAY, subscriber.getConfirmedAt(), "opening the link twice changes nothing");

        subscriber.unsubscribe();
        assertEquals(SubscriberStatus.UNSUBSCRIBED, subscriber.getStatus());
        subscriber.unsubscribe();
        assertEquals(SubscriberStatus.UNSUBSCRIBED, subscriber.getStatus(), "clicking again is fine");
        assertEquals("incubatorDigest.linkInvalid", key(() -> subscriber.confirm(MONDAY)), "an old confirmation link does not resubscribe");
    }

    @Test
    void askingAgainResendsAPendingConfirmationNeverDuplicatesAConfirmedOneAndStartsOverAfterUnsubscribing() {
        Subscriber subscriber = new Subscriber("fiona@example.org", "en");
        String firstToken = subscriber.getToken();
        assertTrue(subscriber.askAgain("ru"), "pending: the confirmation goes again");
        assertEquals(firstToken, subscriber.getToken(), "the link already sent still works");
        assertEquals("ru", subscriber.getLanguage(), "in the language now chosen");

        subscriber.confirm(MONDAY);
        assertFalse(subscriber.askAgain("en"), "confirmed: no second subscription, no mail");
        assertEquals(SubscriberStatus.CONFIRMED, subscriber.getStatus());

        subscriber.digestSent(MONDAY);
        subscriber.unsubscribe();
        assertTrue(subscriber.askAgain("en"));
        assertEquals(SubscriberStatus.PENDING, subscriber.getStatus());
        assertNotEquals(firstToken, subscriber.getToken(), "the old links stop working");
        assertNull(subscriber.getConfirmedAt());
        assertNull(subscriber.getLastDigestAt());
    }

    @Test
    void aMalformedAddressIsRefusedWithTheReason() {
        assertEquals("incubatorDigest.emailRequired", key(() -> new Subscriber(" ", "en")));
        assertEquals("incubatorDigest.emailRequired", key(() -> new Subscriber(null, "en")));
        for (String bad : List.of("olga", "olga@", "@example.org", "olga@example", "olga smirnova@example.org",
                "olga@exa mple.org", "olga@@example.org", "olga@example.org\nBcc: all@example.org", "a".repeat(250) + "@example.org")) {
            assertEquals("incubatorDigest.emailInvalid", key(() -> new Subscriber(bad, "en")), bad);
        }
        assertEquals("en", new Subscriber("someone@example.org", "de").getLanguage(), "a language the hub has not: English");
    }

    @Test
    void tokensAreRandomUrlSafeAndLongEnoughNotToBeGuessed() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Subscriber.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(Subscriber.looksLikeToken(token));
            tokens.add(token);
        }
        assertEquals(1000, tokens.size(), "no two alike");
        assertFalse(Subscriber.looksLikeToken("../../etc/passwd"));
        assertFalse(Subscriber.looksLikeToken(""));
        assertFalse(Subscriber.looksLikeToken(null));
    }

    @Test
    void aFirstDigestTellsTheLastWeekAndTheNextOnesWhatIsNewSinceTheLast() {
        Subscriber subscriber = new Subscriber("ewan@example.org", "en");
        subscriber.confirm(MONDAY.minusDays(30));
        assertEquals(LAST_MONDAY, subscriber.digestSince(MONDAY));
        subscriber.digestSent(MONDAY);
        assertEquals(MONDAY, subscriber.digestSince(MONDAY.plusDays(7)));
    }

    // --- the digest --------------------------------------------------------------------------------------------------

    private static Digest.Item item(String title, String path, LocalDateTime at) {
        return new Digest.Item(title, "About " + title, path, at);
    }

    @Test
    void theDigestTellsOnlyWhatWasPublishedSinceTheLastOneNewestFirst() {
        List<Digest.Item> posts = List.of(item("Old news", "posts/old-news", LAST_MONDAY.minusHours(1)),
                item("Conference", "posts/conference", LAST_MONDAY.plusDays(1)),
                item("StreetJournal case", "posts/streetjournal-case", LAST_MONDAY.plusDays(3)));
        List<Digest.Item> projects = List.of(item("bus62.ru", "projects/bus62-ru", LAST_MONDAY.plusDays(2)));

        Digest digest = Digest.since(LAST_MONDAY, posts, projects);

        assertFalse(digest.isEmpty());
        assertEquals(List.of("StreetJournal case", "Conference"), digest.getPosts().stream().map(Digest.Item::title).toList());
        assertEquals(List.of("bus62.ru"), digest.getProjects().stream().map(Digest.Item::title).toList());
        Digest.Mail mail = digest.mail(BASE, BASE + "incubator/subscription.xhtml?unsubscribe=T");
        assertEquals(Digest.BOTH, mail.messageKey());
        Object[] parameters = mail.parameters();
        String postLines = (String) parameters[0];
        assertTrue(postLines.startsWith("\u2022 StreetJournal case\n  About StreetJournal case\n  https://hub.example.org/hub/posts/streetjournal-case\n"), postLines);
        assertFalse(postLines.contains("Old news"));
        assertTrue(((String) parameters[1]).contains("https://hub.example.org/hub/projects/bus62-ru"));
        assertEquals("https://hub.example.org/hub/posts", parameters[2]);
        assertEquals(BASE + "incubator/subscription.xhtml?unsubscribe=T", parameters[3]);
    }

    @Test
    void nothingNewMeansNoDigestAndOneKindAloneHasItsOwnMail() {
        List<Digest.Item> posts = List.of(item("Conference", "posts/conference", LAST_MONDAY.plusDays(1)));
        assertTrue(Digest.since(MONDAY, posts, List.of()).isEmpty());
        assertThrows(IllegalStateException.class, () -> Digest.since(MONDAY, posts, List.of()).mail(BASE, "u"));
        assertTrue(Digest.since(LAST_MONDAY.plusDays(1), posts, List.of()).isEmpty(), "published exactly then was in the last one");
        assertEquals(Digest.POSTS_ONLY, Digest.since(LAST_MONDAY, posts, List.of()).mail(BASE, "u").messageKey());
        assertEquals(Digest.PROJECTS_ONLY, Digest.since(LAST_MONDAY, List.of(), posts).mail(BASE, "u").messageKey());
    }

    @Test
    void aBusyWeekIsCutToTheNewestItemsAndTextsStayOnTheirLines() {
        List<Digest.Item> posts = new ArrayList<>();
        for (int i = 0; i < Digest.MAX_ITEMS + 5; i++) {
            posts.add(item("Post " + i, "posts/post-" + i, LAST_MONDAY.plusMinutes(i + 1)));
        }
        Digest digest = Digest.since(LAST_MONDAY, posts, List.of());
        assertEquals(Digest.MAX_ITEMS, digest.getPosts().size());
        assertEquals("Post " + (Digest.MAX_ITEMS + 4), digest.getPosts().get(0).title());

        String unsubscribe = BASE + "incubator/subscription.xhtml?unsubscribe=" + "T".repeat(43);
        List<Digest.Item> projects = new ArrayList<>();
        for (int i = 0; i < Digest.MAX_ITEMS; i++) {
            projects.add(new Digest.Item("Project " + i + " " + "p".repeat(150), "s".repeat(300), "projects/project-" + i, LAST_MONDAY.plusMinutes(i + 1)));
        }
        Digest.Mail mail = Digest.since(LAST_MONDAY, posts, projects).mail(BASE, unsubscribe);
        int length = 3;
        for (Object parameter : mail.parameters()) {
            length += parameter.toString().length();
        }
        assertTrue(length <= Digest.MAX_PARAMETERS, "fits the outbox: " + length);
        assertEquals(Digest.BOTH, mail.messageKey(), "posts and projects take turns");
        assertTrue(mail.parameters()[0].toString().startsWith("\u2022 Post " + (Digest.MAX_ITEMS + 4)), "the newest first");
        assertTrue(mail.parameters()[1].toString().startsWith("\u2022 Project " + (Digest.MAX_ITEMS - 1)));
        assertEquals(unsubscribe, mail.parameters()[3], "the unsubscribe link is always there");

        String lines = Digest.lines(List.of(new Digest.Item("Two\nlines\u001f", "x".repeat(300), "posts/two", MONDAY)), BASE);
        assertTrue(lines.startsWith("\u2022 Two lines\n"), lines);
        assertEquals(3, lines.split("\n").length, "title, summary, address");
        assertTrue(lines.contains("x".repeat(Digest.SUMMARY_LENGTH - 1) + "\u2026"), "a long summary is cut");
    }

    // --- Atom --------------------------------------------------------------------------------------------------------

    @Test
    void aFeedStaysValidXmlWhateverATitleSaysAndHasWhatAtomRequires() throws Exception {
        String evil = "<script>alert('x')</script> & \"Fires\" \u0007 ]]>";
        String xml = AtomFeed.write(AtomFeed.tagUri(BASE, "feeds/posts"), "GovTech Hub: posts & news", BASE + "feeds/posts.atom",
                BASE + "posts", "GovTech Hub",
                List.of(new AtomFeed.Entry(AtomFeed.tagUri(BASE, "posts/evil"), evil, BASE + "posts/evil?a=1&b=2", evil,
                        MONDAY, LAST_MONDAY, List.of("NEWS"))), LAST_MONDAY);

        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("&lt;script&gt;"), xml);
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("tag:hub.example.org,2026:feeds/posts", child(root, "id").getTextContent());
        assertEquals("GovTech Hub: posts & news", child(root, "title").getTextContent());
        assertEquals("2027-03-01T07:00:00Z", child(root, "updated").getTextContent(), "the newest entry's time");
        assertNotNull(child(child(root, "author"), "name"));
        Element self = link(root, "self");
        assertEquals(BASE + "feeds/posts.atom", self.getAttribute("href"));

        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(1, entries.getLength());
        Element entry = (Element) entries.item(0);
        assertEquals("<script>alert('x')</script> & \"Fires\"  ]]>", child(entry, "title").getTextContent(), "the text itself, less what XML cannot hold");
        assertEquals("tag:hub.example.org,2026:posts/evil", child(entry, "id").getTextContent());
        assertEquals(BASE + "posts/evil?a=1&b=2", link(entry, "alternate").getAttribute("href"));
        assertEquals("2027-02-22T07:00:00Z", child(entry, "published").getTextContent());
        assertEquals("NEWS", child(entry, "category").getAttribute("term"));
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        String xml = AtomFeed.write("tag:hub.example.org,2026:feeds/projects", "Projects", BASE + "feeds/projects.atom", BASE + "projects",
                "GovTech Hub", List.of(), MONDAY);
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2027-03-01T07:00:00Z", child(feed.getDocumentElement(), "updated").getTextContent());
        assertEquals(0, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static Element link(Element parent, String rel) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && "link".equals(e.getLocalName()) && rel.equals(e.getAttribute("rel"))) {
                return e;
            }
        }
        throw new AssertionError("no link rel=" + rel);
    }
}
