package org.govtechhub.web.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.marketplace.AccreditationCheck;
import org.govtechhub.marketplace.AccreditationCriterion;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.marketplace.SolutionStatus;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * marketplace/manage/accredit.xhtml?id=: a program manager ticks the checklist (each with a note), sets the expiry and
 * accredits — or re-accredits — the solution, or publishes a submitted, proven one.
 */
@Named
@ViewScoped
public class AccreditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SolutionService solutions;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Solution solution;
    private final Map<AccreditationCriterion, Boolean> ticked = new EnumMap<>(AccreditationCriterion.class);
    private final Map<AccreditationCriterion, String> notes = new EnumMap<>(AccreditationCriterion.class);
    private LocalDate until;

    public void load() {
        solution = solutions.get(id);
        for (AccreditationCheck check : solution.getChecks()) {
            ticked.put(check.getCriterion(), Boolean.TRUE);
            notes.put(check.getCriterion(), check.getNote());
        }
    }

    public void accredit() {
        Map<AccreditationCriterion, String> checklist = new EnumMap<>(AccreditationCriterion.class);
        ticked.forEach((criterion, on) -> {
            if (Boolean.TRUE.equals(on)) {
                checklist.put(criterion, notes.get(criterion));
            }
        });
        solution = solutions.accredit(id, checklist, until, user.email());
        messages.info("marketplace_accredit.accredited", solution.getName(), solution.getAccreditedUntil());
    }

    public void publish() {
        solution = solutions.publish(id);
        messages.info("marketplace_accredit.published", solution.getName());
    }

    public boolean isSubmitted() {
        return solution.getStatus() == SolutionStatus.SUBMITTED;
    }

    public AccreditationCriterion[] getCriteria() {
        return AccreditationCriterion.values();
    }

    public Map<AccreditationCriterion, Boolean> getTicked() {
        return ticked;
    }

    public Map<AccreditationCriterion, String> getNotes() {
        return notes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Solution getSolution() {
        return solution;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
