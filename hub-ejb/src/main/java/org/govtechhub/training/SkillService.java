package org.govtechhub.training;

import jakarta.ejb.Stateless;
import org.govtechhub.shared.CrudService;

import java.util.List;

/** The skills framework and the position families' targets, as administrators keep them. */
@Stateless
public class SkillService extends CrudService<Skill> {

    public SkillService() {
        super(Skill.class);
    }

    public List<Skill> framework() {
        return em.createNamedQuery("Skill.all", Skill.class).getResultList();
    }

    public List<PositionFamily> positionFamilies() {
        return em.createNamedQuery("PositionFamily.all", PositionFamily.class).getResultList();
    }

    public Skill update(Skill skill) {
        return save(skill, false);
    }
}
