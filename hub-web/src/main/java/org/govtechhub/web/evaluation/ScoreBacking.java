package org.govtechhub.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.evaluation.CriterionScore;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * jury/score.xhtml?sheet=: the juror's scorecard for one award entry or one startup's pitch, phone-friendly (one tap
 * per score). Another juror's sheet, a recused one or a guessed id answer 404.
 */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JuryService jury;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long sheetId;
    private Scoresheet sheet;
    private Subject subject;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    public void load() {
        JuryService.JurorTask task = jury.taskFor(sheetId, user.email());
        sheet = task.sheet();
        subject = task.subject();
        scores.clear();
        comments.clear();
        for (CriterionScore score : sheet.getScores()) {
            scores.put(score.getCriterion(), score.getScore());
            comments.put(score.getCriterion(), score.getComment());
        }
    }

    public void saveDraft() {
        sheet = jury.saveDraft(sheetId, user.email(), scores, comments);
        messages.info("award_score.draftSaved");
    }

    public String submit() {
        sheet = jury.submit(sheetId, user.email(), scores, comments);
        messages.info("award_score.submitted", subject.title());
        return jury.nextToScore(sheetId, user.email())
                .map(next -> "/jury/score?faces-redirect=true&sheet=" + next)
                .orElse("/jury/index?faces-redirect=true");
    }

    public List<RoundCriterion> getCriteria() {
        return sheet.getRound().getCriteria();
    }

    public Integer[] getScale() {
        return new Integer[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    }

    public Long getSheetId() {
        return sheetId;
    }

    public void setSheetId(Long sheetId) {
        this.sheetId = sheetId;
    }

    public Scoresheet getSheet() {
        return sheet;
    }

    public Subject getSubject() {
        return subject;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
