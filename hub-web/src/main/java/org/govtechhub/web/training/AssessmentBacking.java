package org.govtechhub.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.AssessmentService;
import org.govtechhub.training.Skill;
import org.govtechhub.training.SkillService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** training/assessment.xhtml: rate each level's statement of every skill; the levels and the path follow. */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SkillService skills;

    @EJB
    private AssessmentService assessments;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<Skill> framework;
    private final Map<String, Integer> answers = new HashMap<>();

    @PostConstruct
    void init() {
        framework = skills.framework();
        assessments.latest(user.email()).ifPresent(previous -> answers.putAll(previous.getAnswers()));
    }

    public String submit() {
        assessments.take(user.email(), answers);
        messages.info("training_assessment.saved");
        return "/training/path?faces-redirect=true";
    }

    public List<Skill> getFramework() {
        return framework;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }
}
