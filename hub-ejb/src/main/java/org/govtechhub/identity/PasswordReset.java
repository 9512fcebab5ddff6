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
 * A forgotten password's link: a 256-bit random token mailed to the person, good once and for {@link #VALID_FOR}.
 * Only the token's SHA-256 is kept, so the table cannot be used to reset anyone's password. Using it sets the new
 * password under the usual policy, and proves the address is the person's.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byTokenHash", query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :tokenHash")
public class PasswordReset extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How long a reset link works. */
    public static final Duration VALID_FOR = Duration.ofHours(1);

    @ManyToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordReset() {
    }

    /** A new link for the person; {@code token} is mailed and then forgotten. */
    public PasswordReset(Person person, String token, LocalDateTime now) {
        this.person = person;
        this.tokenHash = SecureToken.sha256(token);
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** Uses the link: once, before it expires, for a password the policy accepts (else the link stays usable). */
    public Person use(char[] newPassword, LocalDateTime now) {
        if (usedAt != null) {
            throw new BusinessException("identity.reset.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("identity.reset.expired");
        }
        person.changePassword(newPassword);
        person.verifyEmail();
        usedAt = now;
        return person;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
