package org.govtechhub.shared;

import jakarta.ejb.EJB;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The notification outbox: every module tells people things through it. A notification is written in
 * the caller's transaction (it exists only if the business change does) and mailed later by the web
 * module's mail dispatcher, which reports each outcome through {@link #mailSent} and {@link #mailFailed}.
 */
@Stateless
@PermitAll
public class NotificationService {

    @EJB
    private Caller caller;

    private static final int SHOWN = 20;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** The first wait after a failed mail ({@code hub.mail.retry-base-seconds}, 60 by default); it doubles with each failure. */
    public static Duration retryBase() {
        return Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue("hub.mail.retry-base-seconds", Long.class).orElse(60L));
    }

    public void notify(String email, String messageKey, Object... parameters) {
        em.persist(new Notification(email, messageKey, parameters));
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public List<Notification> latestFor(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Notification.of", Notification.class).setParameter("email", email)
                .setMaxResults(SHOWN).getResultList();
    }

    /** The oldest notifications whose mail is to be sent now, at most {@code limit}. */
    @RolesAllowed(Roles.SYSTEM)
    public List<Notification> dueForMail(LocalDateTime now, int limit) {
        return em.createNamedQuery("Notification.dueForMail", Notification.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Claims for one mailing run ({@code claim}, unique per run) the oldest due rows no other run holds, at most
     * {@code limit}, for {@code lease}; in its own transaction, so the claim is seen by every server before a mail goes
     * out. Two servers claiming at once get disjoint rows (the rows' locks order them; the second finds them claimed).
     * A row stays claimed until it is sent or fails, or the lease runs out (its server died): then another run takes it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Notification> claimForMail(LocalDateTime now, int limit, String claim, Duration lease) {
        List<Long> due = em.createNamedQuery("Notification.unclaimedDueForMail", Long.class).setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        em.createNamedQuery("Notification.claim").setParameter("claim", claim).setParameter("until", now.plus(lease))
                .setParameter("ids", due).setParameter("pending", MailStatus.PENDING).setParameter("now", now).executeUpdate();
        return em.createNamedQuery("Notification.claimed", Notification.class).setParameter("claim", claim).getResultList();
    }

    /**
     * The mail server accepted the notification's mail. Its own transaction: one row's outcome never
     * depends on another's. Returns the notification as it now is (null if it no longer exists).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Notification mailSent(Long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification != null) {
            notification.mailSent(Clock.now());
            writeNow();
        }
        return notification;
    }

    /** The notification's mail could not be sent: it waits for its next attempt. Its own transaction, as {@link #mailSent}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Notification mailFailed(Long notificationId, String error) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification != null) {
            notification.mailFailed(Clock.now(), error, retryBase());
            writeNow();
        }
        return notification;
    }

    /**
     * Writes the change (and its audit entry) inside this call. The callers are the web module's timer:
     * left to the commit, which runs as the call returns to the web module, the audit listener would
     * look up the persistence unit from there, where it is not visible, and fail.
     */
    private void writeNow() {
        em.flush();
    }
}
