package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What came of one accepted application, recorded by the program manager: the pilot with a department (dates,
 * evaluation criteria, result), the contract (value, signing date), investment raised, jobs created, whether the
 * cooperation continues, and the innovation stage, which only moves forward (IDEA → MVP → PILOT → ADOPTION_AND_SCALING).
 */
@Entity
@Table(name = "outcome")
@NamedQuery(name = "Outcome.of", query = "SELECT o FROM Outcome o WHERE o.application = :application")
@NamedQuery(name = "Outcome.ofStartup", query = "SELECT o FROM Outcome o JOIN FETCH o.application a JOIN FETCH a.challenge "
        + "WHERE a.startup = :startup ORDER BY o.id DESC")
@NamedQuery(name = "Outcome.ofCohort", query = "SELECT o FROM Outcome o WHERE o.application.challenge.cohort = :cohort")
public class Outcome extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne
    @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
    private Application application;

    @ManyToOne
    @JoinColumn(name = "pilot_department_id")
    private Organisation pilotDepartment;

    @Column(name = "pilot_starts_on")
    private LocalDate pilotStartsOn;

    @Column(name = "pilot_ends_on")
    private LocalDate pilotEndsOn;

    @Size(max = 4000)
    @Column(name = "evaluation_criteria")
    private String evaluationCriteria;

    @Size(max = 4000)
    @Column(name = "pilot_result")
    private String pilotResult;

    @DecimalMin("0")
    @Column(name = "contract_value")
    private BigDecimal contractValue;

    @Column(name = "contract_signed_on")
    private LocalDate contractSignedOn;

    @DecimalMin("0")
    @Column(name = "investment_raised")
    private BigDecimal investmentRaised;

    @Min(0)
    @Max(1_000_000)
    @Column(name = "jobs_created")
    private int jobsCreated;

    @Column(name = "continued_cooperation")
    private boolean continuedCooperation;

    @Enumerated(EnumType.STRING)
    private InnovationStage stage = InnovationStage.IDEA;

    protected Outcome() {
    }

    /** An empty outcome of an accepted application, at the idea stage. */
    public Outcome(Application application) {
        requireAccepted(application);
        this.application = application;
    }

    /** Outcomes, milestones and KPIs belong to accepted applications only. */
    static void requireAccepted(Application application) {
        if (application == null || application.getStatus() != ApplicationStatus.ACCEPTED) {
            throw new BusinessException("cohort.outcome.notAccepted", application == null ? "" : application.getStartup().getName());
        }
    }

    /** The stage moves forward (or stays); going back is refused naming both stages. */
    public void moveTo(InnovationStage next) {
        if (next == null) {
            throw new BusinessException("cohort.outcome.stageRequired");
        }
        if (next.compareTo(stage) < 0) {
            throw new BusinessException("cohort.outcome.stageBackwards", application.getStartup().getName(), stage, next);
        }
        stage = next;
    }

    /** The pilot is with a department and ends on or after its start; a contract has both its value and its date. */
    public void check() {
        if (pilotDepartment != null && !pilotDepartment.isDepartment()) {
            throw new BusinessException("cohort.outcome.pilotNotDepartment", pilotDepartment.getName());
        }
        if (pilotStartsOn != null && pilotEndsOn != null && pilotEndsOn.isBefore(pilotStartsOn)) {
            throw new BusinessException("cohort.outcome.pilotEndsBeforeStart");
        }
        if ((contractValue == null) != (contractSignedOn == null)) {
            throw new BusinessException("cohort.outcome.contractIncomplete");
        }
    }

    public boolean hasContract() {
        return contractSignedOn != null;
    }

    @Override
    protected String auditSummary() {
        return application.getStartup().getName() + " " + stage + (hasContract() ? " contract " + contractValue : "")
                + (continuedCooperation ? " continued" : "");
    }

    public Application getApplication() {
        return application;
    }

    public Organisation getPilotDepartment() {
        return pilotDepartment;
    }

    public void setPilotDepartment(Organisation pilotDepartment) {
        this.pilotDepartment = pilotDepartment;
    }

    public LocalDate getPilotStartsOn() {
        return pilotStartsOn;
    }

    public void setPilotStartsOn(LocalDate pilotStartsOn) {
        this.pilotStartsOn = pilotStartsOn;
    }

    public LocalDate getPilotEndsOn() {
        return pilotEndsOn;
    }

    public void setPilotEndsOn(LocalDate pilotEndsOn) {
        this.pilotEndsOn = pilotEndsOn;
    }

    public String getEvaluationCriteria() {
        return evaluationCriteria;
    }

    public void setEvaluationCriteria(String evaluationCriteria) {
        this.evaluationCriteria = evaluationCriteria;
    }

    public String getPilotResult() {
        return pilotResult;
    }

    public void setPilotResult(String pilotResult) {
        this.pilotResult = pilotResult;
    }

    public BigDecimal getContractValue() {
        return contractValue;
    }

    public void setContractValue(BigDecimal contractValue) {
        this.contractValue = contractValue;
    }

    public LocalDate getContractSignedOn() {
        return contractSignedOn;
    }

    public void setContractSignedOn(LocalDate contractSignedOn) {
        this.contractSignedOn = contractSignedOn;
    }

    public BigDecimal getInvestmentRaised() {
        return investmentRaised;
    }

    public void setInvestmentRaised(BigDecimal investmentRaised) {
        this.investmentRaised = investmentRaised;
    }

    public int getJobsCreated() {
        return jobsCreated;
    }

    public void setJobsCreated(int jobsCreated) {
        this.jobsCreated = jobsCreated;
    }

    public boolean isContinuedCooperation() {
        return continuedCooperation;
    }

    public void setContinuedCooperation(boolean continuedCooperation) {
        this.continuedCooperation = continuedCooperation;
    }

    public InnovationStage getStage() {
        return stage;
    }
}
