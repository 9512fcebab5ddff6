package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.Programme;
import org.govtechhub.cohort.ProgrammeKind;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** cohorts/manage/programme.xhtml?id=: a programme's details, its cohorts with their current phase; start a cohort. */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private Long id;
    private Programme programme;
    private List<Cohort> cohorts;
    private List<Organisation> owners;
    private String cohortName;
    private int cohortCapacity = 10;
    private String cohortTimeZone = "UTC";

    /** Opens the programme; an unknown id is "not found" (404). */
    public void load() {
        programme = programmes.get(id);
        cohorts = programmes.cohorts(programme);
    }

    public void save() {
        programme = programmes.saveProgramme(programme);
        messages.info("cohort_programme.saved", programme.getName());
    }

    /** Starts a cohort and goes on to its page, where its phases are set. */
    public String addCohort() {
        Cohort cohort = programmes.saveCohort(new Cohort(programme, cohortName, cohortCapacity, cohortTimeZone));
        messages.info("cohort_programme.cohortAdded", cohort.getName());
        return "/cohorts/manage/cohort?faces-redirect=true&id=" + cohort.getId();
    }

    /** The phase the cohort is in today (in its time zone), or null between or outside its phases. */
    public PhaseKind currentPhase(Cohort cohort) {
        return cohort.currentPhase(Clock.now()).map(CohortPhase::getKind).orElse(null);
    }

    public List<Organisation> getOwners() {
        if (owners == null) {
            owners = new ArrayList<>(organisations.active(ProgrammesBacking.OWNER_KINDS));
            if (programme.getOwner() != null && !owners.contains(programme.getOwner())) {
                owners.add(programme.getOwner());
            }
        }
        return owners;
    }

    public ProgrammeKind[] getKinds() {
        return ProgrammeKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<Cohort> getCohorts() {
        return cohorts;
    }

    public String getCohortName() {
        return cohortName;
    }

    public void setCohortName(String cohortName) {
        this.cohortName = cohortName;
    }

    public int getCohortCapacity() {
        return cohortCapacity;
    }

    public void setCohortCapacity(int cohortCapacity) {
        this.cohortCapacity = cohortCapacity;
    }

    public String getCohortTimeZone() {
        return cohortTimeZone;
    }

    public void setCohortTimeZone(String cohortTimeZone) {
        this.cohortTimeZone = cohortTimeZone;
    }
}
