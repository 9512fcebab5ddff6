package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.award.Attachment;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.EntryService;
import org.govtechhub.award.JudgingService;
import org.govtechhub.evaluation.CriterionScore;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * awards/score.xhtml?sheet=: the juror's scorecard for one entry, phone-friendly (one tap per score), also used for
 * the live pitches of round 2. Another juror's sheet, a recused one or a guessed id answer 404.
 */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JuryService jury;

    @EJB
    private EntryService entries;

    @EJB
    private JudgingService judging;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long sheetId;
    private Scoresheet sheet;
    private AwardEntry entry;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    public void load() {
        sheet = jury.sheetFor(sheetId, user.email());
        entry = entries.entryForJuror(sheet.getSubjectId(), user.email());
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
        messages.info("award_score.submitted", entry.getTitle());
        return judging.nextToScore(sheetId, user.email())
                .map(next -> "/awards/score?faces-redirect=true&sheet=" + next)
                .orElse("/awards/jury?faces-redirect=true");
    }

    public List<RoundCriterion> getCriteria() {
        return sheet.getRound().getCriteria();
    }

    public List<Attachment> getAttachments() {
        return entries.attachments(entry);
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

    public AwardEntry getEntry() {
        return entry;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
