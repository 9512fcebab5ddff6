package org.govtechhub.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the matching for an intake: the weights the program manager chose, the proposal the
 * engine made (provably optimal), the manager's adjustments, then publication.
 */
@Entity
@Table(name = "matching_round")
@NamedQuery(name = "MatchingRound.latest", query = "SELECT r FROM MatchingRound r ORDER BY r.id DESC")
public class MatchingRound extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public enum Status { DRAFT, PUBLISHED }

    @NotBlank
    @Size(max = 200)
    private String name;

    @Min(0) @Max(10)
    @Column(name = "weight_expertise")
    private int weightExpertise = 5;

    @Min(0) @Max(10)
    @Column(name = "weight_sector")
    private int weightSector = 3;

    @Min(0) @Max(10)
    @Column(name = "weight_language")
    private int weightLanguage = 2;

    @Min(0) @Max(10)
    @Column(name = "weight_government")
    private int weightGovernment = 2;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "department_rule")
    private DepartmentRule departmentRule = DepartmentRule.NONE;

    @Column(name = "run_at")
    private LocalDateTime runAt;

    @Column(name = "solve_millis")
    private Long solveMillis;

    private Boolean optimal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "match_explanation", joinColumns = @JoinColumn(name = "round_id"))
    private List<MatchExplanation> explanations = new ArrayList<>();

    protected MatchingRound() {
    }

    public MatchingRound(String name) {
        this.name = name;
    }

    public static MatchingRound blank() {
        return new MatchingRound();
    }

    public CompatibilityScorer.Weights weights() {
        if (weightExpertise + weightSector + weightLanguage + weightGovernment == 0) {
            throw new BusinessException("mentoring.round.noWeights");
        }
        return new CompatibilityScorer.Weights(weightExpertise, weightSector, weightLanguage, weightGovernment,
                departmentRule == DepartmentRule.PREFER);
    }

    void solved(LocalDateTime at, long millis, boolean certifiedOptimal, List<MatchExplanation> why) {
        requireDraft();
        runAt = at;
        solveMillis = millis;
        optimal = certifiedOptimal;
        explanations.clear();
        explanations.addAll(why);
    }

    void publish() {
        requireDraft();
        status = Status.PUBLISHED;
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new BusinessException("mentoring.round.published");
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    @Override
    protected String auditSummary() {
        return name + " " + status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getWeightExpertise() {
        return weightExpertise;
    }

    public void setWeightExpertise(int weightExpertise) {
        this.weightExpertise = weightExpertise;
    }

    public int getWeightSector() {
        return weightSector;
    }

    public void setWeightSector(int weightSector) {
        this.weightSector = weightSector;
    }

    public int getWeightLanguage() {
        return weightLanguage;
    }

    public void setWeightLanguage(int weightLanguage) {
        this.weightLanguage = weightLanguage;
    }

    public int getWeightGovernment() {
        return weightGovernment;
    }

    public void setWeightGovernment(int weightGovernment) {
        this.weightGovernment = weightGovernment;
    }

    public DepartmentRule getDepartmentRule() {
        return departmentRule;
    }

    public void setDepartmentRule(DepartmentRule departmentRule) {
        this.departmentRule = departmentRule;
    }

    /** May this mentor be proposed to this startup under the round's department rule? */
    public boolean allows(MentorProfile mentor, StartupNeeds needs) {
        return departmentRule != DepartmentRule.REQUIRE || needs.getCustomerDepartment() == null
                || needs.isFromCustomerDepartment(mentor);
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getRunAt() {
        return runAt;
    }

    public Long getSolveMillis() {
        return solveMillis;
    }

    public Boolean getOptimal() {
        return optimal;
    }

    public List<MatchExplanation> getExplanations() {
        return explanations;
    }
}
