package org.govtechhub.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A conflict of interest a juror declared for one entry of an owner (an award edition), with its type and reason. */
@Entity
@Table(name = "evaluation_conflict")
@NamedQuery(name = "DeclaredConflict.ofOwnerPrefix", query = "SELECT c FROM DeclaredConflict c WHERE c.owner LIKE :prefix")
@NamedQuery(name = "DeclaredConflict.ofOwner", query = "SELECT c FROM DeclaredConflict c WHERE c.owner = :owner ORDER BY c.id")
public class DeclaredConflict extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, updatable = false)
    private String owner;

    @ManyToOne
    @JoinColumn(name = "juror_id", nullable = false, updatable = false)
    private Person juror;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    private ConflictType kind;

    private String reason;

    protected DeclaredConflict() {
    }

    public DeclaredConflict(String owner, Person juror, long subjectId, ConflictType kind, String reason) {
        if (kind == null || !kind.isDeclarable()) {
            throw new BusinessException("evaluation.conflict.kindRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("evaluation.conflict.reasonRequired");
        }
        this.owner = owner;
        this.juror = juror;
        this.subjectId = subjectId;
        this.kind = kind;
        this.reason = reason.strip();
    }

    @Override
    protected String auditSummary() {
        return owner + " entry " + subjectId + " juror " + juror.getEmail() + " " + kind;
    }

    public String getOwner() {
        return owner;
    }

    public Person getJuror() {
        return juror;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public ConflictType getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }
}
