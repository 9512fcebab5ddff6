package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project taken up in another region: the region, the organisation adopting it, since when, how far it has come
 * (planned, piloting, running, stopped) and what it cost. One per project and region; a project's own regions are not
 * adoptions.
 */
@Entity
@Table(name = "adoption")
@NamedQuery(name = "Adoption.ofProject", query = "SELECT a FROM Adoption a WHERE a.project = :project ORDER BY a.startedOn DESC, a.id DESC")
@NamedQuery(name = "Adoption.inRegion", query = "SELECT a FROM Adoption a JOIN FETCH a.project p WHERE a.region = :region "
        + "AND p.status = org.govtechhub.incubator.ProjectStatus.PUBLISHED ORDER BY a.startedOn DESC, a.id DESC")
@NamedQuery(name = "Adoption.running", query = "SELECT a.project.id, a.region.code FROM Adoption a "
        + "WHERE a.status = org.govtechhub.incubator.AdoptionStatus.RUNNING AND a.project.status = org.govtechhub.incubator.ProjectStatus.PUBLISHED")
public class Adoption extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne
    @JoinColumn(name = "region_code", nullable = false, updatable = false)
    private Region region;

    @NotBlank
    @Size(max = 200)
    private String organisation;

    @NotNull
    @Column(name = "started_on")
    private LocalDate startedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AdoptionStatus status = AdoptionStatus.PLANNED;

    @DecimalMin("0")
    private BigDecimal cost;

    @Size(max = 2000)
    private String note;

    protected Adoption() {
    }

    /** The terms of an adoption as a form fills them in, before the service knows its project and region. */
    public static Adoption terms() {
        return new Adoption();
    }

    /** Takes the other's terms: organisation, since when, how far, cost, note. */
    void takeTerms(Adoption terms) {
        if (terms.organisation == null || terms.organisation.isBlank()) {
            throw new BusinessException("incubator.adoption.organisationRequired");
        }
        if (terms.startedOn == null || terms.status == null) {
            throw new BusinessException("incubator.adoption.dateAndStatusRequired");
        }
        if (terms.cost != null && terms.cost.signum() < 0) {
            throw new BusinessException("incubator.adoption.costNegative");
        }
        organisation = terms.organisation.strip();
        startedOn = terms.startedOn;
        status = terms.status;
        cost = terms.cost;
        note = terms.note == null || terms.note.isBlank() ? null : terms.note.strip();
    }

    public Adoption(Project project, Region region) {
        if (region == null) {
            throw new BusinessException("incubator.adoption.regionRequired");
        }
        if (project.getRegions().contains(region)) {
            throw new BusinessException("incubator.adoption.homeRegion", project.getName(), region.getCode());
        }
        this.project = project;
        this.region = region;
    }

    @Override
    protected String auditSummary() {
        return project.getName() + " in " + region.getCode() + " (" + status + ")";
    }

    public Project getProject() {
        return project;
    }

    public Region getRegion() {
        return region;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation == null ? null : organisation.strip();
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public AdoptionStatus getStatus() {
        return status;
    }

    public void setStatus(AdoptionStatus status) {
        this.status = status;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
