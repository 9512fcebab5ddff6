package org.govtechhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.govtechhub.shared.SecureToken;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The failed sign-ins of one account from one client address, or of one client address on any account (OWASP ASVS
 * 4.0.3 2.2.1: throttling, not lockout). A few failures are free; after them every failure blocks further attempts
 * for a delay that doubles, from {@link #FIRST_DELAY} up to {@link #LONGEST_DELAY}; failures are forgotten
 * {@link #FORGOTTEN_AFTER} after the last one. A stranger's guesses throttle the stranger's own address, never the
 * account's owner signing in from elsewhere. The key is a SHA-256 of the scope, the e-mail and the address, so the
 * table holds no addresses in clear.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** What a throttle counts, and how many failures it lets through before it delays. */
    public enum Scope {
        /** One account tried from one client address. */
        ACCOUNT_AT_ADDRESS(5),
        /** One client address, whatever the account (an office behind one address gets more). */
        ADDRESS(30);

        private final int freeFailures;

        Scope(int freeFailures) {
            this.freeFailures = freeFailures;
        }

        public int freeFailures() {
            return freeFailures;
        }

        /** The row key of this scope for an attempt. */
        public String key(String email, String clientAddress) {
            String account = this == ADDRESS ? "" : (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
            return SecureToken.sha256(name() + '\n' + account + '\n' + (clientAddress == null ? "" : clientAddress));
        }
    }

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String scope;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private LocalDateTime lastFailureAt;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(Scope scope, String key) {
        this.scope = scope.name();
        this.key = key;
    }

    /** Whether an attempt now is refused without looking at the password. */
    public boolean isBlockedAt(LocalDateTime now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Counts a failed (or refused) attempt and sets the next delay once the free failures are used up. */
    public void failedAt(LocalDateTime now) {
        if (lastFailureAt != null && !now.isBefore(lastFailureAt.plus(FORGOTTEN_AFTER))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        int over = failures - Scope.valueOf(scope).freeFailures();
        if (over > 0) {
            Duration delay = over > 20 ? LONGEST_DELAY : FIRST_DELAY.multipliedBy(1L << (over - 1));
            blockedUntil = now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
        }
    }

    /** The right password from this account and address: its failures are forgiven. */
    public void succeeded() {
        failures = 0;
        lastFailureAt = null;
        blockedUntil = null;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }
}
