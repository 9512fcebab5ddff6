package org.govtechhub.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A message for one person (the notification outbox): a bundle key with its parameters, shown on
 * their home page and mailed to them. Owns its delivery rules: a failed mail is retried after
 * 1, 2, 4, 8 … times the retry base (one minute unless configured), at most {@value #MAX_BACKOFF_FACTOR}
 * times the base apart, and never given up: the row stays {@link MailStatus#PENDING} until sent.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.of", query = "SELECT n FROM Notification n WHERE n.recipient = :email ORDER BY n.id DESC")
@NamedQuery(name = "Notification.dueForMail", query = "SELECT n FROM Notification n WHERE n.mailStatus = :pending"
        + " AND (n.mailNextAttemptAt IS NULL OR n.mailNextAttemptAt <= :now) ORDER BY n.id")
@NamedQuery(name = "Notification.unclaimedDueForMail", query = "SELECT n.id FROM Notification n WHERE n.mailStatus = :pending"
        + " AND (n.mailNextAttemptAt IS NULL OR n.mailNextAttemptAt <= :now)"
        + " AND (n.mailClaimedUntil IS NULL OR n.mailClaimedUntil < :now) ORDER BY n.id")
@NamedQuery(name = "Notification.claim", query = "UPDATE Notification n SET n.mailClaim = :claim, n.mailClaimedUntil = :until"
        + " WHERE n.id IN :ids AND n.mailStatus = :pending AND (n.mailClaimedUntil IS NULL OR n.mailClaimedUntil < :now)")
@NamedQuery(name = "Notification.claimed", query = "SELECT n FROM Notification n WHERE n.mailClaim = :claim ORDER BY n.id")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\u001f";

    public static final Duration DEFAULT_RETRY_BASE = Duration.ofMinutes(1);
    /** The longest wait between two attempts, in retry bases (an hour with the default base). */
    public static final int MAX_BACKOFF_FACTOR = 60;
    public static final int MAX_ERROR_LENGTH = 1000;

    private String recipient;

    @Column(name = "message_key")
    private String messageKey;

    private String parameters;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false)
    private MailStatus mailStatus = MailStatus.PENDING;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_next_attempt_at")
    private LocalDateTime mailNextAttemptAt;

    @Column(name = "mail_sent_at")
    private LocalDateTime mailSentAt;

    @Column(name = "mail_last_error")
    private String mailLastError;

    /** The mailing run that claimed the row, until when: no other server mails it meanwhile. */
    @Column(name = "mail_claim", length = 60)
    private String mailClaim;

    @Column(name = "mail_claimed_until")
    private LocalDateTime mailClaimedUntil;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, Object... parameters) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        StringBuilder joined = new StringBuilder();
        for (Object parameter : parameters) {
            joined.append(joined.length() == 0 ? "" : SEPARATOR).append(parameter);
        }
        this.parameters = joined.toString();
    }

    public Object[] parameterValues() {
        return parameters == null || parameters.isEmpty() ? new Object[0] : parameters.split(SEPARATOR, -1);
    }

    /** Whether the mail is still to send and its next attempt has come. */
    public boolean isMailDueAt(LocalDateTime now) {
        return mailStatus == MailStatus.PENDING && (mailNextAttemptAt == null || !now.isBefore(mailNextAttemptAt));
    }

    /** The mail server accepted the mail. A sent notification stays sent. */
    public void mailSent(LocalDateTime now) {
        if (mailStatus == MailStatus.SENT) {
            return;
        }
        mailAttempts++;
        mailStatus = MailStatus.SENT;
        mailSentAt = now;
        mailNextAttemptAt = null;
        mailLastError = null;
        release();
    }

    private void release() {
        mailClaim = null;
        mailClaimedUntil = null;
    }

    public String getMailClaim() {
        return mailClaim;
    }

    /** A failed attempt with the default retry base: the next one in 1, 2, 4 … 60 minutes. */
    public void mailFailed(LocalDateTime now, String error) {
        mailFailed(now, error, DEFAULT_RETRY_BASE);
    }

    /**
     * A failed attempt: stays PENDING, remembers why, and waits base × 2^(failures − 1), at most
     * base × {@value #MAX_BACKOFF_FACTOR}, before the next. A late failure of a sent mail changes nothing.
     */
    public void mailFailed(LocalDateTime now, String error, Duration retryBase) {
        if (mailStatus == MailStatus.SENT) {
            return;
        }
        mailAttempts++;
        mailLastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        mailNextAttemptAt = now.plus(backoff(mailAttempts, retryBase));
        release();
    }

    /** The wait after the given number of failed attempts (1 or more). */
    static Duration backoff(int failures, Duration retryBase) {
        int exponent = Math.min(Math.max(0, failures - 1), 30);
        long factor = Math.min(1L << exponent, MAX_BACKOFF_FACTOR);
        return retryBase.multipliedBy(factor);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public LocalDateTime getMailNextAttemptAt() {
        return mailNextAttemptAt;
    }

    public LocalDateTime getMailSentAt() {
        return mailSentAt;
    }

    public String getMailLastError() {
        return mailLastError;
    }

    @Override
    protected String auditSummary() {
        return messageKey + ": mail " + mailStatus + ", " + mailAttempts + " attempt(s)";
    }
}
