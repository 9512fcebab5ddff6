package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.PitchService;
import org.govtechhub.web.shared.Messages;

import java.time.LocalDate;
import java.util.List;

/**
 * cohorts/manage/demo-day.xhtml?cohort=: the demo-day agenda, the accepted startups' pitches in order (first the
 * pitch ranking's order), each with its local start time; the manager moves a pitch earlier or later and sets the
 * minutes per pitch.
 */
@Named
@ViewScoped
public class DemoDayBacking extends CohortManagerPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private PitchService pitches;


    @Inject
    private Messages messages;

    private int slotMinutes;
    private List<PitchService.AgendaSlot> agenda;

    /** Opens the cohort; an unknown id is "not found" (404). */
    public void load() {
        Cohort cohort = openCohort();
        slotMinutes = cohort.getDemoSlotMinutes();
        agenda = pitches.agenda(getCohortId());
    }

    public void move(PitchService.AgendaSlot slot, boolean earlier) {
        agenda = pitches.moveInAgenda(getCohortId(), slot.application().getId(), earlier);
        messages.info("cohort_demoDay.moved", slot.application().getStartup().getName());
    }

    public void saveSlot() {
        pitches.setDemoSlotMinutes(getCohortId(), slotMinutes);
        messages.info("cohort_demoDay.saved", slotMinutes);
        load();
    }

    /** The first day of demo day, if the cohort has one. */
    public LocalDate getDemoDay() {
        return getCohort().phase(PhaseKind.DEMO_DAY).map(CohortPhase::getStartsOn).orElse(null);
    }




    public int getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(int slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public List<PitchService.AgendaSlot> getAgenda() {
        return agenda;
    }
}
