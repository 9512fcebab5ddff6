package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Programme;
import org.govtechhub.cohort.ProgrammeKind;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** cohorts/manage/programmes.xhtml: every programme with its number of cohorts; add a programme. */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who may own a programme: public bodies, NGOs and universities, not the startups it serves. */
    static final OrganisationKind[] OWNER_KINDS = {OrganisationKind.DEPARTMENT, OrganisationKind.NGO, OrganisationKind.UNIVERSITY};

    @EJB
    private ProgrammeService programmes;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private Programme programme = new Programme();
    private List<Programme> list;
    private Map<Long, Long> cohortCounts;
    private List<Organisation> owners;

    public void load() {
        list = programmes.programmes();
        cohortCounts = programmes.allCohorts().stream()
                .collect(Collectors.groupingBy(c -> c.getProgramme().getId(), Collectors.counting()));
    }

    public void add() {
        Programme added = programmes.saveProgramme(programme);
        messages.info("cohort_programmes.added", added.getName());
        programme = new Programme();
        load();
    }

    /** How many cohorts the programme has run or runs. */
    public long cohorts(Programme of) {
        return cohortCounts == null ? 0 : cohortCounts.getOrDefault(of.getId(), 0L);
    }

    public List<Programme> getProgrammes() {
        if (list == null) {
            load();
        }
        return list;
    }

    public List<Organisation> getOwners() {
        if (owners == null) {
            owners = organisations.active(OWNER_KINDS);
        }
        return owners;
    }

    public ProgrammeKind[] getKinds() {
        return ProgrammeKind.values();
    }

    public Programme getProgramme() {
        return programme;
    }
}
