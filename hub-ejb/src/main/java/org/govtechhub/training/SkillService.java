package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import org.govtechhub.shared.CrudService;

import java.util.List;

/** The skills framework and the position families' targets, as administrators keep them. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
public class SkillService extends CrudService<Skill> {

    public SkillService() {
        super(Skill.class);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<Skill> framework() {
        return em.createNamedQuery("Skill.all", Skill.class).getResultList();
    }

    public List<PositionFamily> positionFamilies() {
        return em.createNamedQuery("PositionFamily.all", PositionFamily.class).getResultList();
    }

    public Skill update(@jakarta.validation.Valid Skill skill) {
        return save(skill, false);
    }

    /** Sets every target level of the position families at once: familyId -> (skillId -> level). */
    public void setTargets(java.util.Map<Long, java.util.Map<Long, Integer>> targets) {
        targets.forEach((familyId, levels) -> {
            PositionFamily family = em.find(PositionFamily.class, familyId);
            levels.forEach((skillId, level) -> family.target(em.find(Skill.class, skillId), level == null ? 0 : level));
        });
    }
}
