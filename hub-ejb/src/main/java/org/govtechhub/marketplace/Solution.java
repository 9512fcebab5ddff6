package org.govtechhub.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A startup's solution in the marketplace: what it is, its lot, its price model and amount, its security and
 * data-protection facts, and its evidence. It is listed once published while it has evidence: a completed pilot (the
 * startup's cohort outcome, linked) or an accreditation that has not expired. The startup drafts and submits it; a
 * program manager accredits it against the checklist (which publishes it) or publishes a proven one. Re-accreditation
 * renews the expiry date.
 */
@Entity
@Table(name = "solution")
@NamedQuery(name = "Solution.ofStartup", query = "SELECT s FROM Solution s WHERE s.startup = :startup ORDER BY s.name, s.id")
@NamedQuery(name = "Solution.inStatus", query = "SELECT s FROM Solution s WHERE s.status = :status ORDER BY s.updatedAt, s.id")
@NamedQuery(name = "Solution.byName", query = "SELECT s FROM Solution s WHERE LOWER(s.name) = :name")
public class Solution extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 4000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @ManyToOne(optional = false)
    @JoinColumn(name = "startup_id", nullable = false, updatable = false)
    private Organisation startup;

    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    private SolutionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model")
    private PriceModel priceModel;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    private String currency = "EUR";

    @Column(name = "hosting_country")
    private String hostingCountry;

    private String certifications;

    @Column(name = "personal_data")
    private boolean personalData;

    @Column(name = "gdpr_compliant")
    private boolean gdprCompliant;

    @Column(name = "fz152_compliant")
    private boolean fz152Compliant;

    @Enumerated(EnumType.STRING)
    private SolutionStatus status = SolutionStatus.DRAFT;

    @ManyToOne
    @JoinColumn(name = "outcome_id")
    private Outcome outcome;

    @Column(name = "accredited_on")
    private LocalDate accreditedOn;

    @Column(name = "accredited_until")
    private LocalDate accreditedUntil;

    @Column(name = "accredited_by")
    private String accreditedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_accreditation_check", joinColumns = @JoinColumn(name = "solution_id"))
    private List<AccreditationCheck> checks = new ArrayList<>();

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Solution() {
    }

    /** A new draft of this startup's. */
    public Solution(Organisation startup) {
        if (startup == null || startup.getKind() != org.govtechhub.identity.OrganisationKind.STARTUP) {
            throw new BusinessException("marketplace.solution.notAStartup");
        }
        this.startup = startup;
    }

    /** What the startup typed is complete and sensible: a name, a description, a lot, a price model, an amount and a currency. */
    public void check() {
        name = text(name, NAME_MAX, "marketplace.solution.nameRequired");
        description = text(description, TEXT_MAX, "marketplace.solution.descriptionRequired");
        if (category == null) {
            throw new BusinessException("marketplace.solution.categoryRequired");
        }
        if (priceModel == null) {
            throw new BusinessException("marketplace.solution.priceModelRequired");
        }
        if (priceAmount == null || priceAmount.signum() < 0) {
            throw new BusinessException("marketplace.solution.priceRequired");
        }
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches()) {
            throw new BusinessException("marketplace.solution.currencyInvalid", currency == null ? "" : currency);
        }
        currency = code;
        hostingCountry = optional(hostingCountry, 100);
        certifications = optional(certifications, 500);
    }

    /** The startup changes its draft; once submitted, the program managers have it. */
    public void requireDraft() {
        if (status != SolutionStatus.DRAFT) {
            throw new BusinessException("marketplace.solution.notDraft", name, status);
        }
    }

    /** The draft goes to the program managers, complete. */
    public void submit() {
        requireDraft();
        check();
        status = SolutionStatus.SUBMITTED;
    }

    /**
     * Links the startup's own cohort outcome as the solution's proof: a pilot with a department that has ended
     * (on or before today) at the pilot stage or beyond. Null unlinks it.
     */
    public void proveBy(Outcome pilot, LocalDate today) {
        if (pilot != null && !pilot.getApplication().getStartup().equals(startup)) {
            throw BusinessException.notFound(pilot.getId());
        }
        if (pilot != null && !isCompletedPilot(pilot, today)) {
            throw new BusinessException("marketplace.solution.pilotNotCompleted", pilot.getApplication().getChallenge().getTitle());
        }
        outcome = pilot;
    }

    /** An outcome shows a completed pilot: a department, an end date that has passed, the pilot stage or beyond. */
    public static boolean isCompletedPilot(Outcome outcome, LocalDate today) {
        return outcome.getPilotDepartment() != null && outcome.getPilotEndsOn() != null && !outcome.getPilotEndsOn().isAfter(today)
                && outcome.getStage().compareTo(InnovationStage.PILOT) >= 0;
    }

    /**
     * A program manager accredits (or re-accredits) the solution: every required criterion ticked with a note, an expiry
     * date after today. The checklist is replaced and the expiry renewed; a submitted solution is published with it.
     */
    public void accredit(Map<AccreditationCriterion, String> ticked, LocalDate until, LocalDate today, String manager, LocalDateTime now) {
        if (status == SolutionStatus.DRAFT) {
            throw new BusinessException("marketplace.solution.notSubmitted", name);
        }
        List<AccreditationCheck> list = new ArrayList<>();
        for (AccreditationCriterion criterion : AccreditationCriterion.values()) {
            String note = ticked == null ? null : ticked.get(criterion);
            boolean isTicked = ticked != null && ticked.containsKey(criterion);
            if (isTicked && (note == null || note.isBlank())) {
                throw new BusinessException("marketplace.accreditation.noteRequired", criterion);
            }
            if (!isTicked && criterion.isRequired()) {
                throw new BusinessException("marketplace.accreditation.criterionMissing", criterion);
            }
            if (isTicked) {
                list.add(new AccreditationCheck(criterion, text(note, 1000, "marketplace.accreditation.noteRequired")));
            }
        }
        if (until == null || !until.isAfter(today)) {
            throw new BusinessException("marketplace.accreditation.expiryInPast", until == null ? "" : until);
        }
        checks.clear();
        checks.addAll(list);
        accreditedOn = today;
        accreditedUntil = until;
        accreditedBy = manager;
        if (status == SolutionStatus.SUBMITTED) {
            status = SolutionStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    /** A program manager publishes a submitted solution that has evidence: a completed pilot or a valid accreditation. */
    public void publish(LocalDate today, LocalDateTime now) {
        if (status != SolutionStatus.SUBMITTED) {
            throw new BusinessException("marketplace.solution.notSubmitted", name);
        }
        if (evidence(today) == null) {
            throw new BusinessException("marketplace.solution.noEvidence", name);
        }
        status = SolutionStatus.PUBLISHED;
        publishedAt = now;
    }

    /** The solution's evidence today: proven by a pilot first, else a valid accreditation; null when it has none. */
    public Evidence evidence(LocalDate today) {
        if (outcome != null) {
            return Evidence.PROVEN;
        }
        return isAccreditedOn(today) ? Evidence.ACCREDITED : null;
    }

    public boolean isAccreditedOn(LocalDate today) {
        return accreditedUntil != null && !accreditedUntil.isBefore(today);
    }

    /** Whether the accreditation has run out (there was one, and today is after its expiry date). */
    public boolean isAccreditationExpired(LocalDate today) {
        return accreditedUntil != null && accreditedUntil.isBefore(today);
    }

    /** Listed in the marketplace: published and with evidence today. */
    public boolean isListed(LocalDate today) {
        return status == SolutionStatus.PUBLISHED && evidence(today) != null;
    }

    /**
     * A department may request the solution when it is listed. An expired accreditation is named with its date; a
     * solution that is not published is "not found".
     */
    public void checkRequestable(LocalDate today) {
        if (status != SolutionStatus.PUBLISHED) {
            throw BusinessException.notFound(getId());
        }
        if (evidence(today) == null) {
            throw new BusinessException("marketplace.request.accreditationExpired", name, accreditedUntil);
        }
    }

    static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("marketplace.tooLong", max);
        }
        return stripped;
    }

    static String optional(String value, int max) {
        return value == null || value.isBlank() ? null : text(value, max, "marketplace.tooLong");
    }

    @Override
    protected String auditSummary() {
        return name + " (" + status + (accreditedUntil == null ? "" : ", accredited until " + accreditedUntil) + ")";
    }

    public Organisation getStartup() {
        return startup;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SolutionCategory getCategory() {
        return category;
    }

    public void setCategory(SolutionCategory category) {
        this.category = category;
    }

    public PriceModel getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(PriceModel priceModel) {
        this.priceModel = priceModel;
    }

    public BigDecimal getPriceAmount() {
        return priceAmount;
    }

    public void setPriceAmount(BigDecimal priceAmount) {
        this.priceAmount = priceAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getHostingCountry() {
        return hostingCountry;
    }

    public void setHostingCountry(String hostingCountry) {
        this.hostingCountry = hostingCountry;
    }

    public String getCertifications() {
        return certifications;
    }

    public void setCertifications(String certifications) {
        this.certifications = certifications;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public boolean isGdprCompliant() {
        return gdprCompliant;
    }

    public void setGdprCompliant(boolean gdprCompliant) {
        this.gdprCompliant = gdprCompliant;
    }

    public boolean isFz152Compliant() {
        return fz152Compliant;
    }

    public void setFz152Compliant(boolean fz152Compliant) {
        this.fz152Compliant = fz152Compliant;
    }

    public SolutionStatus getStatus() {
        return status;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getAccreditedOn() {
        return accreditedOn;
    }

    public LocalDate getAccreditedUntil() {
        return accreditedUntil;
    }

    public String getAccreditedBy() {
        return accreditedBy;
    }

    public List<AccreditationCheck> getChecks() {
        return Collections.unmodifiableList(checks);
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
