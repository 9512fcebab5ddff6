package org.govtechhub.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a startup declares about itself for eligibility: legal form, registration date, sector, team size, whether
 * it has an MVP, and its turnover per reported year.
 */
@Entity
@Table(name = "startup_profile")
@NamedQuery(name = "StartupProfile.of", query = "SELECT p FROM StartupProfile p WHERE p.organisation = :organisation")
@NamedQuery(name = "StartupProfile.ofAll", query = "SELECT p FROM StartupProfile p WHERE p.organisation IN :organisations")
public class StartupProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    private LegalForm legalForm;

    @PastOrPresent
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Size(max = 100)
    private String sector;

    @Min(1)
    @Max(100_000)
    @Column(name = "team_size")
    private int teamSize = 1;

    @Column(name = "has_mvp")
    private boolean hasMvp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "startup_turnover", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "year_no")
    @Column(name = "amount")
    private Map<Integer, BigDecimal> turnover = new TreeMap<>();

    protected StartupProfile() {
    }

    public StartupProfile(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The facts the cohort's rules are checked on; refused while the legal form or registration date is missing. */
    public StartupFacts facts() {
        if (legalForm == null || registeredOn == null) {
            throw new BusinessException("cohort.profile.incomplete");
        }
        return new StartupFacts(legalForm, registeredOn, sector == null ? "" : sector, new TreeMap<>(turnover), teamSize, hasMvp);
    }

    /** Records (or, with null, removes) the turnover of a year. */
    public void reportTurnover(int year, BigDecimal amount) {
        if (amount == null) {
            turnover.remove(year);
        } else if (amount.signum() < 0) {
            throw new BusinessException("cohort.profile.turnoverNegative", year);
        } else {
            turnover.put(year, amount);
        }
    }

    @Override
    protected String auditSummary() {
        return organisation.getName();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public int getTeamSize() {
        return teamSize;
    }

    public void setTeamSize(int teamSize) {
        this.teamSize = teamSize;
    }

    public boolean isHasMvp() {
        return hasMvp;
    }

    public void setHasMvp(boolean hasMvp) {
        this.hasMvp = hasMvp;
    }

    public Map<Integer, BigDecimal> getTurnover() {
        return Map.copyOf(turnover);
    }
}
