package org.govtechhub.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.security.SecureRandom;
import java.time.LocalDateTime;

/**
 * Proof that a person completed a course, checkable by anyone with its code: 160 random bits in
 * base 32, unguessable and not derived from any id.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(name = "Certificate.ofPerson",
        query = "SELECT c FROM Certificate c WHERE c.enrolment.person.email = :email ORDER BY c.issuedAt DESC")
public class Certificate extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    public static final int CODE_LENGTH = 32;

    @OneToOne
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    private boolean revoked;

    @Column(name = "revoked_reason")
    private String revokedReason;

    protected Certificate() {
    }

    Certificate(Enrolment enrolment, LocalDateTime issuedAt) {
        this.enrolment = enrolment;
        this.issuedAt = issuedAt;
        this.code = newCode();
    }

    static String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return new String(code);
    }

    /** A code as someone may type it: trimmed, upper case, without spaces or dashes. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public void revoke(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("training.certificate.revokeReasonRequired");
        }
        revoked = true;
        revokedReason = reason.strip();
    }

    public boolean isValid() {
        return !revoked;
    }

    @Override
    protected String auditSummary() {
        return enrolment.getPerson().getEmail() + " " + enrolment.getSession().getCourse().getTitle() + (revoked ? " (revoked)" : "");
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
