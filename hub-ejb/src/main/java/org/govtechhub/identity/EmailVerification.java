package org.govtechhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.SecureToken;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The link that verifies a self-registered person's e-mail address: a 256-bit random token, good once and for
 * {@link #VALID_FOR}. Opening it verifies the person; an old, used or unknown link says so and verifies nobody.
 */
@Entity
@Table(name = "email_verification")
@NamedQuery(name = "EmailVerification.byToken", query = "SELECT v FROM EmailVerification v WHERE v.token = :token")
public class EmailVerification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How long a verification link works. */
    public static final Duration VALID_FOR = Duration.ofHours(48);

    @ManyToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected EmailVerification() {
    }

    public EmailVerification(Person person, LocalDateTime now) {
        this.person = person;
        this.token = SecureToken.next();
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** Uses the link: once, before it expires; the person's address is then verified. */
    public Person use(LocalDateTime now) {
        if (usedAt != null) {
            throw new BusinessException("identity.verification.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("identity.verification.expired");
        }
        usedAt = now;
        person.verifyEmail();
        return person;
    }

    public Person getPerson() {
        return person;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
