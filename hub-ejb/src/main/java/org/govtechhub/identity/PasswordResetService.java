package org.govtechhub.identity;

import jakarta.annotation.security.PermitAll;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.PublicAddress;
import org.govtechhub.shared.SecureToken;

/**
 * A forgotten password: anyone may ask for a link for an address, and the answer never tells whether it has an
 * account; an active account gets a single-use link for an hour through the mail outbox, and opening it sets a new
 * password.
 */
@Stateless
@PermitAll
public class PasswordResetService extends CrudService<PasswordReset> {

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public PasswordResetService() {
        super(PasswordReset.class);
    }

    /** The reset page's address for a token. */
    public static String link(String token) {
        return PublicAddress.base() + "password-reset.xhtml?token=" + token;
    }

    /** Mails a reset link to the active account of this address, if there is one; does nothing visible otherwise. */
    public void requestReset(String email) {
        people.findByEmail(email).filter(Person::isActive).ifPresent(person -> {
            String token = SecureToken.next();
            save(new PasswordReset(person, token, Clock.now()), true);
            notifications.notify(person.getEmail(), "notification.identity.resetPassword", person.getFullName(), link(token),
                    String.valueOf(PasswordReset.VALID_FOR.toMinutes()));
        });
    }

    /** Sets a new password through a mailed link; an unknown, used or expired link, or a password the policy refuses, says so. */
    public Person resetPassword(String token, char[] newPassword) {
        if (!SecureToken.looksLikeOne(token)) {
            throw new BusinessException("identity.reset.unknown");
        }
        PasswordReset reset = em.createNamedQuery("PasswordReset.byTokenHash", PasswordReset.class)
                .setParameter("tokenHash", SecureToken.sha256(token)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("identity.reset.unknown"));
        return reset.use(newPassword, Clock.now());
    }
}
