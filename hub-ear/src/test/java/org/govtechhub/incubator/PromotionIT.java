package org.govtechhub.incubator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The incubator's promotion in the real server and database: a program manager publishes a post about a project and
 * both feeds show it (fetched over HTTP and parsed as XML); a visitor subscribes, gets the confirmation by mail,
 * confirms, gets the weekly digest in their language with the post and a one-click unsubscribe link, and that link
 * ends it; a digest with nothing new sends nothing; asking again neither duplicates nor loses a subscription; a
 * malformed address and a bad link get their messages.
 * <p>
 * How: an in-server test, as {@code NotificationMailIT}: the services, the web module's mail dispatcher, its words and
 * the feed servlet, GreenMail started by the test inside the server on the IT server's mail port.
 */
@ExtendWith(ArquillianExtension.class)
class PromotionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(4);
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/incubator/subscription\\.xhtml\\?confirm=([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+/incubator/subscription\\.xhtml\\?unsubscribe=([A-Za-z0-9_-]{43})");

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(PromotionIT.class, PromotionFixture.class, IncubatorFixture.class)
                .withWebModule("org/govtechhub/web/shared/MailDispatcher", "org/govtechhub/web/shared/MailText",
                        "org/govtechhub/web/incubator/FeedServlet", "org/govtechhub/web/i18n/messages")
                .withLibrariesOf(GreenMail.class, org.slf4j.LoggerFactory.class, org.slf4j.impl.StaticLoggerBinder.class)
                .build();
    }

    @Inject
    private PromotionFixture fixture;

    @Inject
    private PromotionService promotion;

    @Inject
    private DigestService digest;

    @Inject
    private NotificationService notifications;

    @Inject
    private IncubatorFixture incubator;

    private final String word = "Tram" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPublishedPostAboutAProjectIsInThePostsFeedAndTheProjectInTheProjectsFeed() throws Exception {
        Person manager = fixture.manager();
        Project project = fixture.publishedProject(word + " Budget");
        Post post = fixture.published(manager, PostKind.CASE_STUDY, word + " <pilots> & \"lessons\"",
                "What the pilot in Samara taught", project.getSlug());
        Post draft = fixture.draft(manager, PostKind.NEWS, word + " still a draft", "Not yet");

        HttpResponse<String> posts = get("feeds/posts.atom");
        assertEquals(200, posts.statusCode());
        assertEquals("application/atom+xml;charset=utf-8", posts.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        Element feed = parse(posts.body());
        assertEquals("feed", feed.getLocalName());
        assertEquals(ATOM, feed.getNamespaceURI());
        assertTrue(child(feed, "id").getTextContent().startsWith("tag:"), "the feed's id is a tag URI");
        assertTrue(link(feed, "self").getAttribute("href").endsWith("/feeds/posts.atom"));
        Element entry = entryLinkingTo(feed, "/posts/" + post.getSlug());
        assertEquals(post.getTitle(), child(entry, "title").getTextContent(), "the title as it was typed, escaped in the XML");
        assertEquals("What the pilot in Samara taught", child(entry, "summary").getTextContent());
        assertTrue(child(entry, "id").getTextContent().startsWith("tag:"), child(entry, "id").getTextContent());
        assertFalse(child(entry, "updated").getTextContent().isBlank());
        assertFalse(posts.body().contains("<pilots>"), "markup in a title stays text");
        assertTrue(entries(feed).stream().noneMatch(e -> link(e, "alternate").getAttribute("href").endsWith("/posts/" + draft.getSlug())),
                "a draft is not in the feed");

        HttpResponse<String> projects = get("feeds/projects.atom");
        assertEquals(200, projects.statusCode());
        Element projectsFeed = parse(projects.body());
        Element projectEntry = entryLinkingTo(projectsFeed, "/projects/" + project.getSlug());
        assertEquals(project.getName(), child(projectEntry, "title").getTextContent());
        assertTrue(entries(projectsFeed).size() <= PromotionService.FEED_ENTRIES);
        assertTrue(link(entries(projectsFeed).get(0), "alternate").getAttribute("href").endsWith("/projects/" + project.getSlug()),
                "the newest published project first");

        assertEquals(404, get("feeds/comments.atom").statusCode());
        assertEquals(List.of(post.getSlug()), promotion.ofProject(project).stream().map(Post::getSlug).toList(), "the project's page lists its post");
        assertEquals("error.notFound", assertThrows(BusinessException.class, () -> promotion.bySlug(draft.getSlug())).getMessageKey());
        assertEquals(post.getTitle(), promotion.bySlug(post.getSlug()).getTitle());
    }

    @Test
    void aVisitorConfirmsByMailGetsTheDigestInTheirLanguageWithThePostAndUnsubscribesByItsLink() throws Exception {
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        Person manager = fixture.manager();
        GreenMail smtp = startSmtp();
        try {
            digest.subscribe(email, "ru");
            String confirmation = body(awaitMailTo(smtp, email, 1).get(0));
            assertTrue(confirmation.startsWith("Подтвердите, пожалуйста, подписку"), confirmation);
            Matcher confirmLink = CONFIRM.matcher(confirmation);
            assertTrue(confirmLink.find(), confirmation);
            assertEquals(SubscriberStatus.CONFIRMED, digest.confirm(confirmLink.group(1)).getStatus());

            Project project = fixture.publishedProject(word + " Transit");
            Post post = fixture.published(manager, PostKind.NEWS, word + " conference in Moscow", "273 participants, 52 reports",
                    project.getSlug());
            assertTrue(digest.sendNow() >= 1);

            String digestMail = body(awaitMailStarting(smtp, email, "Неделя в инкубаторе GovTech Hub"));
            assertTrue(digestMail.contains(post.getTitle()), digestMail);
            assertTrue(digestMail.contains("/posts/" + post.getSlug()), digestMail);
            assertTrue(digestMail.contains("/projects/" + project.getSlug()), "the newly published project too: " + digestMail);
            Matcher unsubscribeLink = UNSUBSCRIBE.matcher(digestMail);
            assertTrue(unsubscribeLink.find(), digestMail);

            assertEquals(SubscriberStatus.UNSUBSCRIBED, digest.unsubscribe(unsubscribeLink.group(1)).getStatus());
            assertEquals(SubscriberStatus.UNSUBSCRIBED, digest.unsubscribe(unsubscribeLink.group(1)).getStatus(), "a second click is fine");

            fixture.published(manager, PostKind.WORLD_DIGEST, word + " world digest", "Startup in Residence");
            digest.sendNow();
            Thread.sleep(SEVERAL_RUNS.toMillis());
            assertEquals(2, mailsTo(smtp, email).size(), "no digest after unsubscribing");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aSecondDigestWithNothingNewSendsNothing() throws Exception {
        String email = "weekly-" + UUID.randomUUID() + "@example.org";
        Person manager = fixture.manager();
        fixture.confirmed(email, "en");
        Post post = fixture.published(manager, PostKind.CASE_STUDY, word + " StreetJournal in Samara", "The mayor uses it");
        GreenMail smtp = startSmtp();
        try {
            assertTrue(digest.sendNow() >= 1);
            MimeMessage mail = awaitMailStarting(smtp, email, "The week in the GovTech Hub incubator");
            String digestMail = body(mail);
            assertTrue(digestMail.contains(post.getTitle()), digestMail);
            assertTrue(digestMail.contains("unsubscribe with one click: http"), digestMail);
            assertFalse(digestMail.contains("Sign in to GovTech Hub"), "a subscriber needs no account: " + digestMail);
            assertTrue(mail.getSubject().startsWith("GovTech Hub: The week in the GovTech Hub incubator"), mail.getSubject());
            awaitMailTo(smtp, email, 2);

            assertEquals(0, digest.sendNow(), "nothing new for anyone");
            assertTrue(digest.preview().isEmpty(), "the preview says so too");
            Thread.sleep(SEVERAL_RUNS.toMillis());
            assertEquals(2, mailsTo(smtp, email).size(), "the confirmation and one digest");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void subscribingAgainResendsAPendingConfirmationAndNeverDuplicatesAConfirmedSubscription() {
        String email = "again-" + UUID.randomUUID() + "@example.org";
        Subscriber first = digest.subscribe(email, "en");
        Subscriber again = digest.subscribe("  " + email.toUpperCase() + " ", "ru");
        assertEquals(first.getId(), again.getId(), "one subscription per address");
        assertEquals(first.getToken(), again.getToken(), "the first link still works");
        assertEquals(2, confirmationsTo(email), "the confirmation was sent again");
        assertEquals("ru", again.getLanguage());

        digest.confirm(first.getToken());
        long confirmed = digest.counts().get(SubscriberStatus.CONFIRMED);
        Subscriber thirdTime = digest.subscribe(email, "en");
        assertEquals(SubscriberStatus.CONFIRMED, thirdTime.getStatus());
        assertEquals(2, confirmationsTo(email), "no mail for a confirmed address");
        assertEquals(confirmed, digest.counts().get(SubscriberStatus.CONFIRMED), "no second subscription");

        digest.unsubscribe(first.getToken());
        Subscriber fresh = digest.subscribe(email, "en");
        assertEquals(SubscriberStatus.PENDING, fresh.getStatus(), "after unsubscribing, asking again starts over");
        assertNotEquals(first.getToken(), fresh.getToken());
        assertEquals("incubatorDigest.linkInvalid", assertThrows(BusinessException.class, () -> digest.confirm(first.getToken())).getMessageKey(),
                "the old link no longer works");
    }

    @Test
    void aMalformedAddressAndABadLinkGetTheirMessages() {
        assertEquals("incubatorDigest.emailInvalid", assertThrows(BusinessException.class, () -> digest.subscribe("olga.example.org", "en")).getMessageKey());
        assertEquals("incubatorDigest.emailRequired", assertThrows(BusinessException.class, () -> digest.subscribe(" ", "en")).getMessageKey());
        for (String token : List.of("", "nonsense", "../../etc", "A".repeat(43), "' OR 1=1 --")) {
            assertEquals("incubatorDigest.linkInvalid", assertThrows(BusinessException.class, () -> digest.confirm(token)).getMessageKey(), token);
            assertEquals("incubatorDigest.linkInvalid", assertThrows(BusinessException.class, () -> digest.unsubscribe(token)).getMessageKey(), token);
        }
        assertEquals("«olga.example.org» — не адрес электронной почты. Проверьте его, например: name@example.org.",
                words("ru", "incubatorDigest.emailInvalid", "olga.example.org"), "the page says why, in the visitor's language");
        assertEquals("\"olga.example.org\" is not an e-mail address. Please check it, e.g. name@example.org.",
                words("en", "incubatorDigest.emailInvalid", "olga.example.org"));
        assertEquals("This link is not valid.", words("en", "incubatorDigest.linkInvalid"));
    }

    @Test
    void aVideoInterviewNeedsItsLinkAndAPostIsAboutPublishedProjectsOnly() {
        Person manager = fixture.manager();
        Post interview = fixture.draft(manager, PostKind.VIDEO_INTERVIEW, word + " interview", "The founder speaks");
        assertEquals("incubatorPost.videoUrlRequired", assertThrows(BusinessException.class, () -> promotion.publish(interview.getId())).getMessageKey());
        assertEquals(PostStatus.DRAFT, promotion.get(interview.getId()).getStatus());

        Post reloaded = promotion.get(interview.getId());
        reloaded.setVideoUrl("http://video.example.org/interview");
        assertEquals("incubatorPost.videoUrlInvalid", assertThrows(BusinessException.class, () -> promotion.update(reloaded, List.of())).getMessageKey());
        Post again = promotion.get(interview.getId());
        again.setVideoUrl("https://video.example.org/interview");
        promotion.update(again, List.of());
        assertEquals(PostStatus.PUBLISHED, promotion.publish(interview.getId()).getStatus());
        assertEquals(interview.getSlug(), promotion.get(interview.getId()).getSlug(), "the address never changes");

        Post news = fixture.draft(manager, PostKind.NEWS, word + " about a draft project", "Not yet public");
        assertEquals("incubatorPost.projectNotPublished", assertThrows(BusinessException.class,
                () -> promotion.update(promotion.get(news.getId()), List.of(unpublishedProjectSlug()))).getMessageKey());
    }

    /** A project its founder filled in, not published. */
    private String unpublishedProjectSlug() {
        return incubator.complete(incubator.founder("Draft Founder"), word + " Draft", "RU-SAM").getSlug();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A message as the web module's bundle (in this deployment) words it. */
    private static String words(String language, String key, Object... parameters) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.govtechhub.web.i18n.messages", java.util.Locale.forLanguageTag(language),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return parameters.length == 0 ? bundle.getString(key) : new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(parameters);
    }

    private long confirmationsTo(String email) {
        return notifications.latestFor(email).stream().map(Notification::getMessageKey).filter(DigestService.CONFIRMATION::equals).count();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/hub-services-test/" + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Element parse(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> entries(Element feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static Element entryLinkingTo(Element feed, String path) {
        return entries(feed).stream().filter(e -> link(e, "alternate").getAttribute("href").endsWith(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry linking to " + path));
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

    /** GreenMail's SMTP in the server's JVM, where the dispatcher sends (as NotificationMailIT). */
    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("HUB_MAIL_PORT")),
                System.getenv("HUB_MAIL_HOST"), ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String email) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (var recipient : message.getAllRecipients() == null ? new jakarta.mail.Address[0] : message.getAllRecipients()) {
                if (recipient instanceof InternetAddress address && address.getAddress().equalsIgnoreCase(email)) {
                    mails.add(message);
                }
            }
        }
        return mails;
    }

    /** At least {@code count} mails to the address, in the order they arrived. */
    private static List<MimeMessage> awaitMailTo(GreenMail smtp, String email, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = mailsTo(smtp, email);
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(200);
        }
        return fail("Not " + count + " mail(s) to " + email + " within " + PATIENCE);
    }

    /** The first mail to the address whose text begins so. */
    private static MimeMessage awaitMailStarting(GreenMail smtp, String email, String beginning) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage mail : mailsTo(smtp, email)) {
                if (body(mail).startsWith(beginning)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        return fail("No mail to " + email + " beginning \"" + beginning + "\" within " + PATIENCE + ": " + mailsTo(smtp, email).size() + " other(s)");
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
