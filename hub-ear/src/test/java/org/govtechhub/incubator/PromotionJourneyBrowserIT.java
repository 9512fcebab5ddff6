package org.govtechhub.incubator;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The incubator's promotion in a real browser, against the packaged application: the program manager writes a case
 * study about bus62.ru (first without a summary, which is refused), tags the project with the autocomplete and
 * publishes it; a visitor finds it in the posts feed and on the posts page, opens it and its project, gives a
 * malformed address (refused with the reason), then subscribes; the confirmation arrives by mail and its link
 * confirms; the manager previews the digest and sends it now; the digest arrives with the post and a one-click
 * unsubscribe link, which unsubscribes; a made-up link gets a friendly page.
 * <p>
 * The application mails through the IT server's mail port on this machine, where this test (in the Failsafe JVM)
 * runs GreenMail for the journey's length.
 */
@ExtendWith(ArquillianExtension.class)
class PromotionJourneyBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/incubator/subscription\\.xhtml\\?confirm=[A-Za-z0-9_-]{43}");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+/incubator/subscription\\.xhtml\\?unsubscribe=[A-Za-z0-9_-]{43}");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String word = "Trolley" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    private final String title = word + ": GLONASS buses in Ryazan";
    private final String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    @Test
    void theManagerPublishesAPostAVisitorFollowsItSubscribesAndGetsTheDigestByMail() throws Exception {
        String slug = theManagerWritesACaseStudyAboutAProjectAndPublishesIt();
        aFeedReaderFindsThePostInTheFeed(slug);
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.mail.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            aVisitorReadsThePostAndSubscribesAndConfirmsByMail(smtp);
            theManagerPreviewsTheDigestAndSendsItNow();
            theDigestArrivesWithThePostAndItsLinkUnsubscribes(smtp, slug);
        } finally {
            smtp.stop();
        }
        aMadeUpLinkGetsAFriendlyPage();
    }

    /** Returns the post's address (its slug). */
    private String theManagerWritesACaseStudyAboutAProjectAndPublishesIt() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/posts.xhtml");
            manager.choose("new:kind", "Case study");
            manager.find(By.id("new:title")).sendKeys(title);
            manager.click(By.id("new:draft"));
            manager.waitForText(By.id("status"), "Draft");

            manager.click(By.id("post:publish"));
            manager.expectMessage("needs a summary before it is published");
            manager.find(By.id("post:summary")).sendKeys("Ryazan's buses on a public map by their GLONASS sensors");
            manager.find(By.id("post:body")).sendKeys("The technology tracks public transport fitted with GLONASS sensors.");
            manager.find(By.id("post:projects_input")).sendKeys("bus6");
            manager.click(By.xpath("//*[@id='post:projects_panel']//li[@data-item-label='bus62.ru']"));
            manager.waitForText(By.id("post:projects"), "bus62.ru");
            manager.click(By.id("post:publish"));
            manager.expectMessage("is published");
            manager.waitForText(By.id("status"), "Published");
            String address = manager.find(By.id("address")).getText();
            assertTrue(address.startsWith("/posts/"), address);
            return address.substring("/posts/".length());
        }
    }

    private void aFeedReaderFindsThePostInTheFeed(String slug) throws Exception {
        HttpResponse<String> feed = new HubClient().get("feeds/posts.atom");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var entries = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() > 0);
        assertTrue(entries.item(0).getTextContent().contains(title), "the newest entry is the post");
        assertTrue(feed.body().contains("/hub/posts/" + slug + "\""), "its link");
    }

    private void aVisitorReadsThePostAndSubscribesAndConfirmsByMail(GreenMail smtp) throws Exception {
        try (Browser visitor = new Browser()) {
            visitor.open("");
            visitor.click(By.id("nav-posts"));
            visitor.waitForText(By.id("page-title"), "Posts");
            assertTrue(visitor.driver().getCurrentUrl().endsWith("/hub/posts"), visitor.driver().getCurrentUrl());
            assertFalse(visitor.driver().findElements(By.cssSelector("head link[rel='alternate'][type='application/atom+xml'][href$='/feeds/posts.atom']")).isEmpty(),
                    "feed readers find the feed from the page");
            visitor.click(By.id("kind-CASE_STUDY"));
            visitor.waitForText(By.id("posts"), title);
            visitor.click(By.linkText(title));
            visitor.waitForText(By.id("postTitle"), title);
            visitor.waitForText(By.id("taggedProjects"), "bus62.ru");
            visitor.click(By.linkText("bus62.ru"));
            visitor.waitForText(By.id("projectName"), "bus62.ru");
            visitor.waitForText(By.id("projectPosts"), title);

            visitor.open("posts");
            visitor.find(By.id("subscribe:email")).sendKeys("olga@example");
            visitor.click(By.id("subscribe:go"));
            visitor.expectMessage("is not an e-mail address");
            visitor.find(By.id("subscribe:email")).clear();
            visitor.find(By.id("subscribe:email")).sendKeys(email);
            visitor.choose("subscribe:language", "English");
            visitor.click(By.id("subscribe:go"));
            visitor.expectMessage("a link to confirm the subscription is on its way");

            String confirmation = body(awaitMail(smtp, "Please confirm your subscription"));
            Matcher link = CONFIRM.matcher(confirmation);
            assertTrue(link.find(), confirmation);
            visitor.driver().get(link.group());
            visitor.waitForText(By.id("outcome"), "Your subscription is confirmed");
        }
    }

    private void theManagerPreviewsTheDigestAndSendsItNow() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("incubator/manage/digest.xhtml");
            manager.waitForText(By.id("page-title"), "Weekly digest");
            String confirmed = manager.find(By.id("count-CONFIRMED")).getText();
            assertFalse(confirmed.endsWith(" 0"), confirmed);
            manager.waitForText(By.id("preview"), title);
            manager.click(By.id("send:sendNow"));
            manager.expectMessage("The digest is queued for");
        }
    }

    private void theDigestArrivesWithThePostAndItsLinkUnsubscribes(GreenMail smtp, String slug) throws Exception {
        String digest = body(awaitMail(smtp, "The week in the GovTech Hub incubator"));
        assertTrue(digest.contains(title), digest);
        assertTrue(digest.contains("/hub/posts/" + slug), digest);
        Matcher link = UNSUBSCRIBE.matcher(digest);
        assertTrue(link.find(), digest);
        try (Browser visitor = new Browser()) {
            visitor.driver().get(link.group());
            visitor.waitForText(By.id("outcome"), "You are unsubscribed");
        }
    }

    private void aMadeUpLinkGetsAFriendlyPage() {
        try (Browser visitor = new Browser()) {
            visitor.open("incubator/subscription.xhtml?unsubscribe=made-up");
            visitor.waitForText(By.id("outcome"), "This link is not valid");
            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.id("outcome"), "Эта ссылка недействительна");
        }
    }

    /** The first mail to the visitor whose text begins so. */
    private MimeMessage awaitMail(GreenMail smtp, String beginning) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (isTo(message, email) && body(message).startsWith(beginning)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        return fail("No mail to " + email + " beginning \"" + beginning + "\" within " + PATIENCE);
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        for (var recipient : message.getAllRecipients() == null ? new jakarta.mail.Address[0] : message.getAllRecipients()) {
            if (recipient instanceof InternetAddress a && a.getAddress().equalsIgnoreCase(address)) {
                return true;
            }
        }
        return false;
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
