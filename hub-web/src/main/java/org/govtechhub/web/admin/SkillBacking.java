package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.Skill;
import org.govtechhub.training.SkillService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;

/** admin/skill.xhtml?id=…: a skill's names and its four levels (descriptor and statement) in both languages. */
@Named
@ViewScoped
public class SkillBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SkillService skills;

    @Inject
    private Messages messages;

    private Long id;
    private Skill skill;

    public void load() {
        skill = skills.get(id);
    }

    public String save() {
        skill = skills.update(skill);
        messages.info("admin_skill.saved", skill.getNameEn());
        return "/admin/skills?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Skill getSkill() {
        return skill;
    }
}
