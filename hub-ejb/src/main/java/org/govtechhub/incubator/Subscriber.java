package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.SecureToken;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who asked for the incubator's weekly digest by e-mail, in English or Russian. Double opt-in: pending until
 * the confirmation link (with a random, unguessable token) is opened, then confirmed; unsubscribed by one click on the
 * link in every digest (the same token). Asking again after unsubscribing starts over with a new token. Remembers when
 * the last digest was sent, so the next one tells only what is new.
 */
@Entity
@Table(name = "subscriber")
@NamedQuery(name = "Subscriber.byEmail", query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = "Subscriber.byToken", query = "SELECT s FROM Subscriber s WHERE s.token = :token")
@NamedQuery(name = "Subscriber.inStatus", query = "SELECT s FROM Subscriber s WHERE s.status = :status ORDER BY s.id")
@NamedQuery(name = "Subscriber.countByStatus", query = "SELECT s.status, COUNT(s) FROM Subscriber s GROUP BY s.status")
@NamedQuery(name = "Subscriber.lastDigest", query = "SELECT s.lastDigestAt FROM Subscriber s WHERE s.lastDigestAt IS NOT NULL ORDER BY s.lastDigestAt DESC")
public class Subscriber extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Set<String> LANGUAGES = Set.of("en", "ru");
    public static final int MAX_EMAIL = 254;
    /** What a first digest looks back on: the last week. */
    public static final Duration FIRST_DIGEST_LOOKS_BACK = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private String email;

    private String language;

    @Enumerated(EnumType.STRING)
    private SubscriberStatus status = SubscriberStatus.PENDING;

    private String token;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "last_digest_at")
    private LocalDateTime lastDigestAt;

    protected Subscriber() {
    }

    /** A pending subscription of a well-formed address (kept lower-cased) in English or Russian, with a fresh token. */
    public Subscriber(String email, String language) {
        this.email = normalized(email);
        this.language = languageOrEnglish(language);
        this.token = newToken();
    }

    /**
     * The address as it is kept (trimmed, lower-cased); a malformed one is refused with the reason shown to the
     * visitor.
     */
    public static String normalized(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new BusinessException("incubatorDigest.emailRequired");
        }
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new BusinessException("incubatorDigest.emailInvalid", email.strip());
        }
        return address;
    }

    /** Whether the text can be a token at all (43 URL-safe characters): anything else is not looked up. */
    public static boolean looksLikeToken(String text) {
        return SecureToken.looksLikeOne(text);
    }

    static String newToken() {
        return SecureToken.next();
    }

    private static String languageOrEnglish(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /**
     * The address asks again. Pending: the confirmation is sent again (same token), in the language now chosen. An
     * unsubscribed address starts over: pending, with a new token, so old links stop working. Returns whether a
     * confirmation is to be sent: a confirmed subscription stays as it is, and no second one is made.
     */
    public boolean askAgain(String chosenLanguage) {
        switch (status) {
            case CONFIRMED:
                return false;
            case UNSUBSCRIBED:
                status = SubscriberStatus.PENDING;
                token = newToken();
                confirmedAt = null;
                lastDigestAt = null;
                break;
            default:
                break;
        }
        language = languageOrEnglish(chosenLanguage);
        return true;
    }

    /** The confirmation link was opened: confirmed (again: nothing changes). An unsubscribed address must ask again. */
    public void confirm(LocalDateTime nowUtc) {
        if (status == SubscriberStatus.UNSUBSCRIBED) {
            throw new BusinessException("incubatorDigest.linkInvalid");
        }
        if (status == SubscriberStatus.PENDING) {
            status = SubscriberStatus.CONFIRMED;
            confirmedAt = nowUtc;
        }
    }

    /** One click on the link in a digest (or the confirmation): no more mail. Clicking again changes nothing. */
    public void unsubscribe() {
        status = SubscriberStatus.UNSUBSCRIBED;
    }

    /** Whether the digests go to this address. */
    public boolean isConfirmed() {
        return status == SubscriberStatus.CONFIRMED;
    }

    /** Since when the next digest tells what is new: the last digest, or for the first one the week before {@code nowUtc}. */
    public LocalDateTime digestSince(LocalDateTime nowUtc) {
        return lastDigestAt != null ? lastDigestAt : nowUtc.minus(FIRST_DIGEST_LOOKS_BACK);
    }

    /** A digest covering everything up to {@code untilUtc} was queued for this address. */
    public void digestSent(LocalDateTime untilUtc) {
        lastDigestAt = untilUtc;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    /** The secret of the confirmation and unsubscribe links; only the mails to the address carry it. */
    public String getToken() {
        return token;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getLastDigestAt() {
        return lastDigestAt;
    }

    /** No address and no token in the audit log. */
    @Override
    protected String auditSummary() {
        return "subscriber " + status + " (" + language + ")";
    }
}
