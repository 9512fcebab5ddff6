package org.govtechhub.web.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Mails the notification outbox: every {@code hub.mail.interval-seconds} (60 by default) the due
 * notifications, oldest first, are sent by SMTP to their recipients, in each one's language (for the incubator
 * digest's mails, the language the subscriber chose), as plain
 * UTF-8 text. Each outcome is recorded in its own transaction ({@link NotificationService#mailSent},
 * {@link NotificationService#mailFailed}): a failure leaves the row PENDING for a later attempt, with a
 * growing wait, so one bad address or a mail server outage never loses or blocks the others.
 * <p>
 * Off unless {@code hub.mail.host} is set: the notifications are then shown in the application only
 * and wait in the outbox. It lives in the web module because the words are in its message bundle.
 * One run at a time on a server (a singleton's write lock); across servers, each run first claims its rows
 * ({@link NotificationService#claimForMail}: a token per run and a lease of {@value #LEASE_MINUTES} minutes), so no
 * two servers mail the same row, and the rows of a server that died are mailed by another once its lease runs out.
 */
@Singleton
@Startup
@Lock(LockType.WRITE)
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    /** Rows mailed in one run at most; the rest wait for the next run. */
    static final int BATCH = 50;
    /** How long a run's claim on its rows lasts: longer than a batch can take with every connection timing out. */
    static final long LEASE_MINUTES = 15;
    private static final String TIMEOUT_MILLIS = "10000";
    private static final int MAX_LOGGED_ERROR = 300;

    @Resource
    private TimerService timerService;

    @EJB
    private NotificationService notifications;

    @EJB
    private PersonService people;

    @EJB
    private org.govtechhub.incubator.DigestService digest;

    private String host;
    private int port;
    private String username;
    private String password;
    private InternetAddress from;
    private String link;
    private Session session;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig();
        Optional<String> configuredHost = config.getOptionalValue("hub.mail.host", String.class).map(String::strip)
                .filter(h -> !h.isEmpty());
        if (configuredHost.isEmpty()) {
            LOG.info("Mail is off (hub.mail.host is not set): notifications are shown in the application and wait in the outbox.");
            return;
        }
        host = configuredHost.get();
        port = config.getOptionalValue("hub.mail.port", Integer.class).orElse(25);
        username = config.getOptionalValue("hub.mail.username", String.class).filter(u -> !u.isBlank()).orElse(null);
        password = config.getOptionalValue("hub.mail.password", String.class).orElse(null);
        boolean starttls = config.getOptionalValue("hub.mail.starttls", Boolean.class).orElse(Boolean.FALSE);
        String sender = config.getOptionalValue("hub.mail.from", String.class).orElse("no-reply@govtech-hub.local");
        link = config.getOptionalValue("hub.mail.link", String.class).orElse(null);
        long interval = Math.max(1, config.getOptionalValue("hub.mail.interval-seconds", Long.class).orElse(60L));
        try {
            from = new InternetAddress(sender, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("hub.mail.from is not an e-mail address: " + sender, e);
        }
        session = Session.getInstance(smtpProperties(starttls));
        timerService.createIntervalTimer(interval * 1000, interval * 1000, new TimerConfig("notification mail", false));
        LOG.info(() -> "Mailing notifications through " + host + ":" + port + (starttls ? " (STARTTLS)" : "")
                + (username == null ? "" : " as " + username) + " every " + interval + " s");
    }

    private Properties smtpProperties(boolean starttls) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(username != null));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return properties;
    }

    /** One run: the due rows on one connection; no transaction of its own, each outcome commits alone. */
    @PermitAll // a timer callback: the container calls it, no client can
    @Timeout
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatch() {
        try {
            List<Notification> due = notifications.claimForMail(Clock.now(), BATCH, UUID.randomUUID().toString(),
                    Duration.ofMinutes(LEASE_MINUTES));
            if (!due.isEmpty()) {
                send(due);
            }
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            // e.g. the database is away: the rows stay as they are and the next run tries again
            LOG.warning(() -> "Mailing notifications failed, will try again: " + shortened(describe(e)));
        }
    }

    private void send(List<Notification> due) {
        Transport transport;
        try {
            transport = session.getTransport();
            transport.connect(host, port, username, password);
        } catch (MessagingException e) {
            String error = describe(e);
            due.forEach(notification -> notifications.mailFailed(notification.getId(), error));
            LOG.warning(() -> "Mail server " + host + ":" + port + " not reached, " + due.size()
                    + " notification(s) wait for the next attempt: " + shortened(error));
            return;
        }
        try {
            Map<String, Locale> languages = new HashMap<>();
            for (Notification notification : due) {
                Locale language = notification.getMessageKey().startsWith(org.govtechhub.incubator.DigestService.MAIL_KEYS)
                        ? digest.languageOf(notification.getRecipient()).orElse(null)
                        : languages.computeIfAbsent(notification.getRecipient(), this::languageOf);
                try {
                    MimeMessage message = compose(notification, language);
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    String error = describe(e);
                    Notification failed = notifications.mailFailed(notification.getId(), error);
                    LOG.warning(() -> "Mail of notification " + notification.getId() + " failed"
                            + (failed == null ? "" : " (attempt " + failed.getMailAttempts() + ", next at "
                            + failed.getMailNextAttemptAt() + " UTC)") + ": " + shortened(error));
                    if (!transport.isConnected()) {
                        return; // the server went away: the rest keep their turn for the next run
                    }
                    continue;
                }
                notifications.mailSent(notification.getId());
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mails are sent; a failed QUIT changes nothing
            }
        }
    }

    private Locale languageOf(String email) {
        return people.findByEmail(email).map(Person::locale).orElse(null);
    }

    MimeMessage compose(Notification notification, Locale language) throws MessagingException {
        MailText words = new MailText(language);
        String text = words.notification(notification.getMessageKey(), notification.parameterValues());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(notification.getRecipient(), true));
        message.setSubject(words.subject(text), StandardCharsets.UTF_8.name());
        boolean toSubscriber = notification.getMessageKey().startsWith(org.govtechhub.incubator.DigestService.MAIL_KEYS);
        message.setText(toSubscriber ? words.body(text) : words.body(text, link), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    /** The error and its causes in one line, without stack traces: what the row keeps and the log shows. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < Notification.MAX_ERROR_LENGTH; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append("; caused by ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip().replaceAll("\\s+", " "));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private static String shortened(String error) {
        return error.length() <= MAX_LOGGED_ERROR ? error : error.substring(0, MAX_LOGGED_ERROR) + "…";
    }
}
