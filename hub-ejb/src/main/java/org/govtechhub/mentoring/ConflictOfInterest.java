package org.govtechhub.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A declared conflict of interest: this mentor may not be matched with this startup. */
@Entity
@Table(name = "conflict_of_interest")
@NamedQuery(name = "ConflictOfInterest.all", query = "SELECT c FROM ConflictOfInterest c ORDER BY c.id DESC")
@NamedQuery(name = "ConflictOfInterest.of", query = "SELECT c FROM ConflictOfInterest c WHERE c.mentor.email = :email OR c.startup IN "
        + "(SELECT p.organisation FROM Person p WHERE p.email = :email) ORDER BY c.id DESC")
@NamedQuery(name = "ConflictOfInterest.pair",
        query = "SELECT c FROM ConflictOfInterest c WHERE c.mentor = :mentor AND c.startup = :startup")
public class ConflictOfInterest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Person mentor;

    @ManyToOne
    @JoinColumn(name = "startup_id", nullable = false, updatable = false)
    private Organisation startup;

    @Enumerated(EnumType.STRING)
    private ConflictKind kind;

    private String reason;

    @Column(name = "declared_by")
    private String declaredBy;

    protected ConflictOfInterest() {
    }

    public ConflictOfInterest(Person mentor, Organisation startup, ConflictKind kind, String reason, String declaredBy) {
        if (kind == null || kind == ConflictKind.AUTOMATIC) {
            throw new BusinessException("mentoring.conflict.kindRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("mentoring.conflict.reasonRequired");
        }
        this.mentor = mentor;
        this.startup = startup;
        this.kind = kind;
        this.reason = reason.strip();
        this.declaredBy = declaredBy;
    }

    @Override
    protected String auditSummary() {
        return mentor.getEmail() + " x " + startup.getName() + " " + kind;
    }

    public Person getMentor() {
        return mentor;
    }

    public Organisation getStartup() {
        return startup;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }
}
