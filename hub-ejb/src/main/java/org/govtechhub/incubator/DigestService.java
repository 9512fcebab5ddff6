package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.JobRuns;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.PublicAddress;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The weekly e-mail digest of the incubator's posts and newly published projects, with double opt-in. A visitor
 * subscribes (a confirmation mail with a secret link goes through the notification outbox), confirms by that link and
 * unsubscribes with one click on the link in every mail. Every Monday at 07:00 UTC, or when a program manager sends it
 * now, each confirmed subscriber gets one mail in their language with what was published since their last digest;
 * nobody gets one when there is nothing new. The mails' addresses are below {@code hub.mail.link}, the application's
 * address (http://localhost:8080/hub/ when it is not set).
 */
@Stateless
@RunAs(Roles.SYSTEM)
@PermitAll
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class.getName());

    /** The keys of the mails to subscribers: their language is the subscriber's. */
    public static final String MAIL_KEYS = "notification.incubatorDigest.";
    public static final String CONFIRMATION = MAIL_KEYS + "confirm";
    /** Candidates of each kind read for one digest run, at most (a digest shows {@value Digest#MAX_ITEMS}). */
    private static final int CANDIDATES = 200;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private JobRuns jobs;

    /** The application's address, ending in a slash: {@code hub.mail.link}, or the development server's. */
    public static String base() {
        return PublicAddress.base();
    }

    public static String confirmationLink(String token) {
        return base() + "incubator/subscription.xhtml?confirm=" + token;
    }

    public static String unsubscribeLink(String token) {
        return base() + "incubator/subscription.xhtml?unsubscribe=" + token;
    }

    /**
     * Subscribes an address to the digest in English or Russian and mails it the confirmation link. A pending address
     * gets the link again; a confirmed one stays as it is (no second subscription, no mail); an unsubscribed one
     * starts over with a new link. A malformed address is refused with the reason.
     */
    public Subscriber subscribe(String email, String language) {
        String address = Subscriber.normalized(email);
        Optional<Subscriber> existing = em.createNamedQuery("Subscriber.byEmail", Subscriber.class).setParameter("email", address)
                .getResultStream().findFirst();
        Subscriber subscriber;
        boolean confirm;
        if (existing.isPresent()) {
            subscriber = existing.get();
            confirm = subscriber.askAgain(language);
        } else {
            subscriber = new Subscriber(address, language);
            em.persist(subscriber);
            confirm = true;
        }
        if (confirm) {
            notifications.notify(address, CONFIRMATION, confirmationLink(subscriber.getToken()), unsubscribeLink(subscriber.getToken()));
        }
        return subscriber;
    }

    /** The confirmation link was opened; a link that is not (or no longer) valid says so. */
    public Subscriber confirm(String token) {
        Subscriber subscriber = byToken(token);
        subscriber.confirm(Clock.now());
        return subscriber;
    }

    /** One click on the unsubscribe link: no more mail; a link that is not valid says so. */
    public Subscriber unsubscribe(String token) {
        Subscriber subscriber = byToken(token);
        subscriber.unsubscribe();
        return subscriber;
    }

    /** Every Monday from 07:00 UTC, once a week whatever the number of servers ({@link JobRuns}). */
    @PermitAll // a timer callback: the container calls it, no client can
    @Schedule(dayOfWeek = "Mon", hour = "7-23", minute = "0,30", timezone = "UTC", persistent = false, info = "weekly incubator digest")
    void weekly() {
        int queued = jobs.once("incubator-digest", JobRuns.week(), this::sendNow);
        if (queued >= 0) {
            LOG.info(() -> "Weekly incubator digest: " + queued + " mail(s) queued");
        }
    }

    /**
     * Queues one digest mail per confirmed subscriber with something new since their last digest, in their language,
     * and remembers the time for each. Returns how many were queued (0: nothing new for anyone).
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public int sendNow() {
        LocalDateTime now = Clock.now();
        List<Subscriber> confirmed = em.createNamedQuery("Subscriber.inStatus", Subscriber.class)
                .setParameter("status", SubscriberStatus.CONFIRMED).getResultList();
        if (confirmed.isEmpty()) {
            return 0;
        }
        LocalDateTime earliest = confirmed.stream().map(s -> s.digestSince(now)).min(Comparator.naturalOrder()).orElse(now);
        List<Digest.Item> posts = postsSince(earliest);
        List<Digest.Item> projects = projectsSince(earliest);
        String base = base();
        int queued = 0;
        for (Subscriber subscriber : confirmed) {
            Digest digest = Digest.since(subscriber.digestSince(now), posts, projects);
            if (digest.isEmpty()) {
                continue;
            }
            Digest.Mail mail = digest.mail(base, unsubscribeLink(subscriber.getToken()));
            notifications.notify(subscriber.getEmail(), mail.messageKey(), mail.parameters());
            subscriber.digestSent(now);
            queued++;
        }
        return queued;
    }

    /** What the next digest tells someone who had the last one (or, before any, the last week's news). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Digest preview() {
        LocalDateTime now = Clock.now();
        LocalDateTime last = em.createNamedQuery("Subscriber.lastDigest", LocalDateTime.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
        LocalDateTime since = last != null ? last : now.minus(Subscriber.FIRST_DIGEST_LOOKS_BACK);
        return Digest.since(since, postsSince(since), projectsSince(since));
    }

    /** How many subscribers are pending, confirmed and unsubscribed (every status, zero included). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Map<SubscriberStatus, Long> counts() {
        Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery("Subscriber.countByStatus", Object[].class).getResultList()) {
            counts.put((SubscriberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The language a subscriber chose, for the mails to them. */
    @RolesAllowed(Roles.SYSTEM)
    public Optional<Locale> languageOf(String email) {
        return em.createNamedQuery("Subscriber.byEmail", Subscriber.class).setParameter("email", email == null ? "" : email.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().map(Subscriber::locale);
    }

    private List<Digest.Item> postsSince(LocalDateTime since) {
        return em.createNamedQuery("Post.publishedSince", Post.class).setParameter("published", PostStatus.PUBLISHED)
                .setParameter("since", since).setMaxResults(CANDIDATES).getResultStream().map(Digest.Item::of).toList();
    }

    private List<Digest.Item> projectsSince(LocalDateTime since) {
        return em.createQuery("SELECT p FROM Project p WHERE p.status = :published AND p.publishedAt > :since"
                        + " ORDER BY p.publishedAt DESC, p.id DESC", Project.class)
                .setParameter("published", ProjectStatus.PUBLISHED).setParameter("since", since).setMaxResults(CANDIDATES)
                .getResultStream().map(Digest.Item::of).toList();
    }

    private Subscriber byToken(String token) {
        if (!Subscriber.looksLikeToken(token)) {
            throw new BusinessException("incubatorDigest.linkInvalid");
        }
        return em.createNamedQuery("Subscriber.byToken", Subscriber.class).setParameter("token", token).getResultStream()
                .findFirst().orElseThrow(() -> new BusinessException("incubatorDigest.linkInvalid"));
    }
}
