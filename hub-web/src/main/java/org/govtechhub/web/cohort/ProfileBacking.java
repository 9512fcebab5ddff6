package org.govtechhub.web.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.LegalForm;
import org.govtechhub.cohort.StartupProfile;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * cohorts/profile.xhtml: what the startup declares for the eligibility check (legal form, registration date, sector,
 * team size, MVP) and its turnover per year, edited as rows of year and amount that are added and removed in place
 * and saved together with the rest. Named {@code startupProfileBacking}: {@code profileBacking} is the mentor's profile.
 */
@Named("startupProfileBacking")
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private StartupProfile profile;
    private List<TurnoverRow> turnover;

    @PostConstruct
    void init() {
        profile = applications.myProfile(user.email());
        turnover = rowsOf(profile);
    }

    /** Adds a row for the latest year before this one that is not listed yet. */
    public void addYear() {
        int year = Clock.now().getYear() - 1;
        while (listed(year)) {
            year--;
        }
        turnover.add(new TurnoverRow(year, null));
    }

    public void removeYear(int index) {
        turnover.remove(index);
    }

    /** Saves the profile with the turnover rows: a year no longer listed is removed, each listed one recorded. */
    public void save() {
        Set<Integer> years = new HashSet<>();
        for (TurnoverRow row : turnover) {
            if (row.getYear() == null || row.getAmount() == null) {
                throw new BusinessException("cohort_profile.turnoverIncomplete");
            }
            if (!years.add(row.getYear())) {
                throw new BusinessException("cohort_profile.turnoverDuplicate", row.getYear());
            }
        }
        for (Integer year : profile.getTurnover().keySet()) {
            if (!years.contains(year)) {
                profile.reportTurnover(year, null);
            }
        }
        turnover.forEach(row -> profile.reportTurnover(row.getYear(), row.getAmount()));
        profile = applications.saveProfile(profile, user.email());
        turnover = rowsOf(profile);
        messages.info("cohort_profile.saved", profile.getOrganisation().getName());
    }

    private boolean listed(int year) {
        return turnover.stream().anyMatch(r -> r.getYear() != null && r.getYear() == year);
    }

    private static List<TurnoverRow> rowsOf(StartupProfile profile) {
        List<TurnoverRow> rows = new ArrayList<>();
        profile.getTurnover().forEach((year, amount) -> rows.add(new TurnoverRow(year, amount)));
        rows.sort(Comparator.comparing(TurnoverRow::getYear).reversed());
        return rows;
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    /** The latest registration date that can be chosen: today. */
    public LocalDate getToday() {
        return Clock.now().toLocalDate();
    }

    /** The years the date picker offers for the registration date. */
    public String getYearRange() {
        return "1950:" + Clock.now().getYear();
    }

    public StartupProfile getProfile() {
        return profile;
    }

    public List<TurnoverRow> getTurnover() {
        return turnover;
    }

    /** One year's turnover as edited on the page. */
    public static class TurnoverRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer year;
        private BigDecimal amount;

        public TurnoverRow(Integer year, BigDecimal amount) {
            this.year = year;
            this.amount = amount;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
