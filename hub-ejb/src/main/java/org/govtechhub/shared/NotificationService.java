package org.govtechhub.shared;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The notification outbox: every module tells people things through it. */
@Stateless
public class NotificationService {

    private static final int SHOWN = 20;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public void notify(String email, String messageKey, Object... parameters) {
        em.persist(new Notification(email, messageKey, parameters));
    }

    public List<Notification> latestFor(String email) {
        return em.createNamedQuery("Notification.of", Notification.class).setParameter("email", email)
                .setMaxResults(SHOWN).getResultList();
    }
}
