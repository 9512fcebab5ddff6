package org.govtechhub.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;

import java.util.List;

/** Programmes and their cohorts (intakes) with dated phases: the program manager's set-up. */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
public class ProgrammeService extends CrudService<Programme> {

    public ProgrammeService() {
        super(Programme.class);
    }

    public List<Programme> programmes() {
        return em.createNamedQuery("Programme.all", Programme.class).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Programme saveProgramme(@NotNull @Valid Programme programme) {
        boolean taken = programmes().stream().anyMatch(p -> !p.equals(programme) && p.getName().equalsIgnoreCase(programme.getName().strip()));
        if (taken) {
            throw new BusinessException("cohort.programme.duplicate", programme.getName());
        }
        return save(programme, programme.isNew());
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Cohort> cohorts(Programme programme) {
        return em.createNamedQuery("Cohort.ofProgramme", Cohort.class).setParameter("programme", programme).getResultList();
    }

    public List<Cohort> allCohorts() {
        return em.createNamedQuery("Cohort.all", Cohort.class).getResultList();
    }

    public Cohort cohort(Long id) {
        return findById(em, Cohort.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

    /** Creates or updates a cohort after checking its time zone and phases. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Cohort saveCohort(@NotNull @Valid Cohort cohort) {
        cohort.check();
        boolean taken = cohorts(cohort.getProgramme()).stream().anyMatch(c -> !c.equals(cohort) && c.getName().equalsIgnoreCase(cohort.getName().strip()));
        if (taken) {
            throw new BusinessException("cohort.cohort.duplicate", cohort.getName(), cohort.getProgramme().getName());
        }
        return save(cohort, cohort.isNew());
    }
}
