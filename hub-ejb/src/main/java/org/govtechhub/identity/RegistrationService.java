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

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Citizens register themselves: name, e-mail and a password under the usual policy. The account (role CITIZEN) cannot
 * sign in until the single-use, expiring link mailed through the outbox is opened.
 */
@Stateless
@PermitAll
public class RegistrationService extends CrudService<EmailVerification> {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public RegistrationService() {
        super(EmailVerification.class);
    }

    /** The verification page's address for a token. */
    public static String link(String token) {
        return PublicAddress.base() + "ideas/verify.xhtml?token=" + token;
    }

    /** Registers a citizen, unverified, in their language, and mails them the verification link. */
    public Person registerCitizen(String fullName, String email, char[] password, String language) {
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
            throw new BusinessException("identity.register.nameRequired");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new BusinessException("identity.register.emailInvalid", email == null ? "" : email.strip());
        }
        Person citizen = Person.selfRegisteredCitizen(fullName, address);
        if (language != null && Person.LANGUAGES.contains(language)) {
            citizen.preferLanguage(language);
        }
        Person saved = people.create(citizen, password);
        sendLink(saved);
        return saved;
    }

    /** Opens a verification link: the person may sign in from now on. An unknown, used or expired link is refused. */
    public Person verify(String token) {
        if (!SecureToken.looksLikeOne(token)) {
            throw new BusinessException("identity.verification.unknown");
        }
        EmailVerification verification = em.createNamedQuery("EmailVerification.byToken", EmailVerification.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("identity.verification.unknown"));
        return verification.use(Clock.now());
    }

    /**
     * Mails a new link to an unverified account of this address; the answer is the same whatever the address, so the
     * page tells nobody who has an account.
     */
    public void sendLinkAgain(String email) {
        people.findByEmail(email).filter(p -> !p.isEmailVerified() && p.isActive()).ifPresent(this::sendLink);
    }

    private void sendLink(Person person) {
        EmailVerification verification = new EmailVerification(person, Clock.now());
        save(verification, true);
        notifications.notify(person.getEmail(), "notification.identity.verifyEmail", person.getFullName(), link(verification.getToken()),
                String.valueOf(EmailVerification.VALID_FOR.toHours()));
    }
}
