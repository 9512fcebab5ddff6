package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.ProgrammeService;

import java.io.Serializable;

/**
 * What the manager's pages of one cohort share: the {@code ?cohort=} view parameter and the cohort it names. Each page
 * opens the cohort in its view action through {@link #openCohort()}; an unknown id is "not found" (404).
 */
public abstract class CohortManagerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgrammeService programmes;

    private Long cohortId;
    private Cohort cohort;

    /** Reads the cohort of the view parameter afresh. */
    protected Cohort openCohort() {
        cohort = programmes.cohort(cohortId);
        return cohort;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Cohort getCohort() {
        return cohort;
    }
}
