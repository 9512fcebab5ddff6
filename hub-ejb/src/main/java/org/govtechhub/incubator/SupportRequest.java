package org.govtechhub.incubator;

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

import java.time.LocalDateTime;

/**
 * A project's request for support of one kind, worked by program managers: new → in progress (a manager takes it) →
 * introduced (to a mentor, an investor or a partner organisation) → done with its outcome; or declined with the reason
 * at any open step. A project has at most one open request of each kind.
 */
@Entity
@Table(name = "support_request")
@NamedQuery(name = "SupportRequest.ofProject", query = "SELECT s FROM SupportRequest s WHERE s.project = :project ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = "SupportRequest.openOfKind", query = "SELECT s FROM SupportRequest s WHERE s.project = :project AND s.kind = :kind "
        + "AND s.status IN :open")
@NamedQuery(name = "SupportRequest.inStatus", query = "SELECT s FROM SupportRequest s JOIN FETCH s.project WHERE s.status = :status "
        + "ORDER BY s.createdAt, s.id")
@NamedQuery(name = "SupportRequest.countByStatus", query = "SELECT s.status, COUNT(s) FROM SupportRequest s GROUP BY s.status")
public class SupportRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Need kind;

    private String description;

    @Enumerated(EnumType.STRING)
    private SupportStatus status = SupportStatus.NEW;

    /** The program manager who took the request. */
    @ManyToOne
    @JoinColumn(name = "handler_id")
    private Person handler;

    @Enumerated(EnumType.STRING)
    private IntroductionKind introduction;

    @ManyToOne
    @JoinColumn(name = "introduced_person_id")
    private Person introducedPerson;

    @ManyToOne
    @JoinColumn(name = "introduced_organisation_id")
    private Organisation introducedOrganisation;

    private String outcome;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected SupportRequest() {
    }

    public SupportRequest(Project project, Need kind, String description) {
        if (kind == null) {
            throw new BusinessException("incubator.support.kindRequired");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("incubator.support.descriptionRequired");
        }
        if (description.strip().length() > 2000) {
            throw new BusinessException("incubator.support.tooLong", 2000);
        }
        this.project = project;
        this.kind = kind;
        this.description = description.strip();
    }

    /** A program manager takes the new request. */
    public void take(Person manager) {
        requireStatus(SupportStatus.NEW);
        handler = manager;
        status = SupportStatus.IN_PROGRESS;
    }

    /** Introduces the project to a mentor or an investor (a person), or to a partner organisation. */
    public void introduce(IntroductionKind kind, Person person, Organisation organisation) {
        requireOpen();
        if (kind == null) {
            throw new BusinessException("incubator.support.introductionRequired");
        }
        if (kind == IntroductionKind.PARTNER ? organisation == null : person == null) {
            throw new BusinessException(kind == IntroductionKind.PARTNER ? "incubator.support.organisationRequired" : "incubator.support.personRequired");
        }
        introduction = kind;
        introducedPerson = kind == IntroductionKind.PARTNER ? null : person;
        introducedOrganisation = kind == IntroductionKind.PARTNER ? organisation : null;
        status = SupportStatus.INTRODUCED;
    }

    /** Closes the request with what came of it. */
    public void complete(String result, LocalDateTime nowUtc) {
        requireOpen();
        close(SupportStatus.DONE, result, "incubator.support.outcomeRequired", nowUtc);
    }

    /** Declines the request with the reason, which the owner reads. */
    public void decline(String reason, LocalDateTime nowUtc) {
        requireOpen();
        close(SupportStatus.DECLINED, reason, "incubator.support.reasonRequired", nowUtc);
    }

    private void close(SupportStatus closing, String text, String requiredKey, LocalDateTime nowUtc) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        if (text.strip().length() > 2000) {
            throw new BusinessException("incubator.support.tooLong", 2000);
        }
        outcome = text.strip();
        status = closing;
        closedAt = nowUtc;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessException("incubator.support.closed", project.getName());
        }
    }

    private void requireStatus(SupportStatus expected) {
        if (status != expected) {
            throw new BusinessException("incubator.support.wrongStep", project.getName());
        }
    }

    /** Who the project was introduced to, as a name (a person's or an organisation's); null before an introduction. */
    public String getIntroducedName() {
        return introducedPerson != null ? introducedPerson.getFullName() : introducedOrganisation != null ? introducedOrganisation.getName() : null;
    }

    @Override
    protected String auditSummary() {
        return project.getName() + " " + kind + " (" + status + ")";
    }

    public Project getProject() {
        return project;
    }

    public Need getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public Person getHandler() {
        return handler;
    }

    public IntroductionKind getIntroduction() {
        return introduction;
    }

    public Person getIntroducedPerson() {
        return introducedPerson;
    }

    public Organisation getIntroducedOrganisation() {
        return introducedOrganisation;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
