package org.govtechhub.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.PositionFamily;
import org.govtechhub.training.Skill;
import org.govtechhub.training.SkillService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/skills.xhtml: the skills framework, and the target level of each position family per skill. */
@Named
@ViewScoped
public class SkillsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SkillService skills;

    @Inject
    private Messages messages;

    private List<Skill> framework;
    private List<PositionFamily> families;
    private final Map<Long, Map<Long, Integer>> targets = new HashMap<>();

    @PostConstruct
    void init() {
        framework = skills.framework();
        families = skills.positionFamilies();
        for (PositionFamily family : families) {
            Map<Long, Integer> levels = new HashMap<>();
            framework.forEach(skill -> levels.put(skill.getId(), family.targetFor(skill)));
            targets.put(family.getId(), levels);
        }
    }

    public void saveTargets() {
        skills.setTargets(targets);
        messages.info("admin_skills.targetsSaved");
    }

    public List<Skill> getFramework() {
        return framework;
    }

    public List<PositionFamily> getFamilies() {
        return families;
    }

    public Map<Long, Map<Long, Integer>> getTargets() {
        return targets;
    }
}
