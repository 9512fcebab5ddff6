package org.govtechhub.shared;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The notification outbox is mailed: in the recipient's language, retried while the mail server is
 * away and then sent exactly once, and never for a business transaction that rolled back.
 * <p>
 * How: an in-server test. The deployment is the services of hub-ejb plus the web module's mail
 * dispatcher and message bundles (taken from the packaged hub-web.war) and the GreenMail jars. The
 * build starts the IT server with HUB_MAIL_HOST=127.0.0.1, HUB_MAIL_PORT (3025), a run every second
 * and a retry base of one second (hub-ear/pom.xml). Because the test methods run inside Payara, each
 * one starts GreenMail itself, in the server's JVM, on that port, and stops it at its end: so the test
 * decides when the mail server is up or down, and reads what arrived directly. No GreenMail JUnit
 * extension: it would also start in the Failsafe JVM, on the same port of the same machine.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Several runs of the dispatcher (one a second in the tests). */
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(4);

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(NotificationMailIT.class, NotificationFixture.class)
                .withWebModule("org/govtechhub/web/shared/MailDispatcher", "org/govtechhub/web/shared/MailText",
                        "org/govtechhub/web/i18n/messages")
                .withLibrariesOf(GreenMail.class, org.slf4j.LoggerFactory.class, org.slf4j.impl.StaticLoggerBinder.class)
                .build();
    }

    @Inject
    private NotificationFixture fixture;

    @Inject
    private NotificationService notifications;

    @Test
    void aNotificationArrivesByMailInTheRecipientsLanguage() throws Exception {
        Person russian = fixture.person("Ольга Смирнова", "ru");
        Person english = fixture.person("Fiona MacLeod", "en");
        GreenMail smtp = startSmtp();
        try {
            notifications.notify(russian.getEmail(), "notification.training.approved", "Основы работы с данными");
            notifications.notify(english.getEmail(), "notification.training.approved", "Data basics");

            MimeMessage inRussian = awaitMailTo(smtp, russian.getEmail());
            MimeMessage inEnglish = awaitMailTo(smtp, english.getEmail());

            assertEquals(List.of(new InternetAddress(russian.getEmail())), List.of(inRussian.getRecipients(Message.RecipientType.TO)));
            assertEquals("no-reply@govtech-hub.local", ((InternetAddress) inRussian.getFrom()[0]).getAddress());
            assertTrue(inRussian.getContentType().toLowerCase().startsWith("text/plain"), inRussian.getContentType());
            assertTrue(inRussian.getContentType().toLowerCase().contains("utf-8"), inRussian.getContentType());
            String russianBody = body(inRussian);
            assertTrue(russianBody.startsWith("Руководитель согласовал вашу заявку на курс Основы работы с данными."), russianBody);
            assertTrue(russianBody.contains("Войдите в GovTech Hub"), russianBody);
            assertTrue(inRussian.getSubject().startsWith("GovTech Hub: Руководитель согласовал"), inRussian.getSubject());

            assertEquals(List.of(new InternetAddress(english.getEmail())), List.of(inEnglish.getRecipients(Message.RecipientType.TO)));
            String englishBody = body(inEnglish);
            assertTrue(englishBody.startsWith("Your line manager approved your request for Data basics."), englishBody);
            assertTrue(englishBody.contains("Sign in to GovTech Hub"), englishBody);
            assertEquals("GovTech Hub: Your line manager approved your request for Data basics.", inEnglish.getSubject());

            Notification sent = await(() -> latestFor(russian.getEmail()), n -> n.getMailStatus() == MailStatus.SENT, "marked sent");
            assertNotNull(sent.getMailSentAt());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileTheMailServerIsDownTheNotificationWaitsAndIsThenSentExactlyOnce() throws Exception {
        Person person = fixture.person("Ewan Stewart", "en");

        notifications.notify(person.getEmail(), "notification.training.completed", "Service design");

        Notification waiting = await(() -> latestFor(person.getEmail()), n -> n.getMailAttempts() >= 1, "a failed attempt");
        assertEquals(MailStatus.PENDING, waiting.getMailStatus());
        assertNotNull(waiting.getMailLastError());
        assertFalse(waiting.getMailLastError().isBlank());
        assertNotNull(waiting.getMailNextAttemptAt());
        assertNull(waiting.getMailSentAt());

        GreenMail smtp = startSmtp();
        try {
            MimeMessage delivered = awaitMailTo(smtp, person.getEmail());
            assertTrue(body(delivered).startsWith("You completed Service design: your certificate is ready."), body(delivered));
            Notification sent = await(() -> latestFor(person.getEmail()), n -> n.getMailStatus() == MailStatus.SENT, "marked sent");
            Thread.sleep(SEVERAL_RUNS.toMillis());

            assertEquals(1, mailsTo(smtp, person.getEmail()).size(), "delivered exactly once");
            assertTrue(sent.getMailAttempts() >= 2, "failed, then sent: " + sent.getMailAttempts());
            assertNotNull(sent.getMailSentAt());
            assertNull(sent.getMailLastError());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aNotificationOfABusinessTransactionThatRolledBackIsNeverMailed() throws Exception {
        Person person = fixture.person("Lena Petrova", "en");
        GreenMail smtp = startSmtp();
        try {
            assertEquals("error.test.refused", assertThrows(BusinessException.class,
                    () -> fixture.notifyThenRefuse(person.getEmail(), "notification.training.approved", "Rolled back")).getMessageKey());
            assertTrue(notifications.latestFor(person.getEmail()).isEmpty(), "no row for a rolled-back transaction");
            // the dispatcher is running: a committed notification to the same person arrives
            notifications.notify(person.getEmail(), "notification.training.approved", "Committed");

            awaitMailTo(smtp, person.getEmail());
            Thread.sleep(SEVERAL_RUNS.toMillis());

            List<MimeMessage> mails = mailsTo(smtp, person.getEmail());
            assertEquals(1, mails.size(), "only the committed notification is mailed");
            assertTrue(body(mails.get(0)).contains("Committed"), body(mails.get(0)));
        } finally {
            smtp.stop();
        }
    }

    /** GreenMail's SMTP in this (the server's) JVM, where the dispatcher sends: the IT server's HUB_MAIL_HOST and HUB_MAIL_PORT. */
    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("HUB_MAIL_PORT")),
                System.getenv("HUB_MAIL_HOST"), ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private Notification latestFor(String email) {
        List<Notification> latest = notifications.latestFor(email);
        return latest.isEmpty() ? null : latest.get(0);
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

    private static MimeMessage awaitMailTo(GreenMail smtp, String email) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = mailsTo(smtp, email);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            Thread.sleep(200);
        }
        return fail("No mail to " + email + " within " + PATIENCE);
    }

    private static <T> T await(Supplier<T> value, Predicate<T> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (last != null && condition.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        return fail("Not " + what + " within " + PATIENCE + ": " + last);
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
