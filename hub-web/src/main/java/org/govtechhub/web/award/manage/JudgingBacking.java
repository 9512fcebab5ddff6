package org.govtechhub.web.award.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.award.AssignmentPlan;
import org.govtechhub.award.AwardEdition;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.AwardReportService;
import org.govtechhub.award.AwardService;
import org.govtechhub.award.JudgingService;
import org.govtechhub.award.Nomination;
import org.govtechhub.award.Standing;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JurorProgress;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.TieBreak;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.evaluation.CriteriaEditor;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * awards/manage/judging.xhtml?edition=&round=: one round of an edition. Set-up: criteria and the proposed jury
 * assignment; scoring: progress and reminders; closed: the ranking per nomination, the proposal to confirm
 * (finalists after round 1, winners after round 2), the chair's tie decisions, the special prize, publication,
 * charts and exports.
 */
@Named
@ViewScoped
public class JudgingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AwardService awards;

    @EJB
    private JudgingService judging;

    @EJB
    private JuryService jury;

    @EJB
    private AwardReportService reports;

    @Inject
    private Messages messages;

    private Long editionId;
    private int number = 1;
    private AwardEdition edition;
    private EvaluationRound round;
    private CriteriaEditor criteria;
    private transient AssignmentPlan plan;
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private Long specialEntry;
    private String specialNote;
    private transient Map<Nomination, List<Standing>> standings;
    private transient List<ReportTable> tables;

    public void load() {
        edition = awards.get(editionId);
        round = judging.round(edition, number).orElse(null);
        criteria = CriteriaEditor.of(round, List.of());
        chosen.clear();
        standings = null;
        tables = null;
        if (round != null && round.getStatus() == RoundStatus.CLOSED) {
            getStandings().values().forEach(list -> list.forEach(s -> chosen.put(s.entry().getId(),
                    number == 1 ? s.entry().isFinalist() || s.proposed() : s.proposed())));
        }
    }

    public void saveCriteria() {
        jury.updateCriteria(round.getId(), criteria.criteria(), edition.isTrimmedMean());
        messages.info("award_judging.criteriaSaved");
        load();
    }

    public void addCriterion() {
        criteria.add();
    }

    public void proposeAssignment() {
        plan = judging.plan(edition.getId());
    }

    public void openRound() {
        judging.openRound(edition.getId(), number);
        messages.info("award_judging.opened", number);
        plan = null;
        load();
    }

    public void remind() {
        messages.info("award_judging.reminded", judging.remind(edition.getId(), number));
    }

    public void closeRound() {
        judging.closeRound(edition.getId(), number);
        messages.info("award_judging.closed", number);
        load();
    }

    public String confirm() {
        List<Long> ids = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        if (number == 1) {
            messages.info("award_judging.finalistsConfirmed", judging.confirmFinalists(edition.getId(), ids).size());
            return "/awards/manage/judging?faces-redirect=true&edition=" + edition.getId() + "&round=2";
        }
        messages.info("award_judging.winnersConfirmed", judging.confirmWinners(edition.getId(), ids).size());
        load();
        return null;
    }

    public void chairPrefers(Standing preferred, Standing other) {
        judging.chairDecision(edition.getId(), number, preferred.entry().getId(), other.entry().getId());
        messages.info("award_judging.chairRecorded", preferred.entry().getTitle());
        load();
    }

    public void awardSpecialPrize() {
        AwardEntry entry = judging.specialPrize(edition.getId(), specialEntry, specialNote);
        messages.info("award_judging.specialAwarded", entry.getTitle());
        specialNote = null;
    }

    public void publish() {
        awards.publish(edition.getId());
        messages.info("award_judging.published", edition.getName());
        load();
    }

    /** Whether the tie between this standing and the next was left to the entry order: the chair may decide it. */
    public boolean isUndecidedTie(Standing standing) {
        return standing.ranked().tieBreakWithNext() == TieBreak.ENTRY_ID || standing.ranked().tieBreakWithNext() == TieBreak.CHAIR_DECISION;
    }

    public Map<Nomination, List<Standing>> getStandings() {
        if (standings == null) {
            standings = round == null || round.getStatus() != RoundStatus.CLOSED ? Map.of() : judging.standings(edition.getId(), number);
        }
        return standings;
    }

    public List<Map.Entry<Nomination, List<Standing>>> getStandingGroups() {
        return new ArrayList<>(getStandings().entrySet());
    }

    public List<JurorProgress> getProgress() {
        return round == null || round.getStatus() == RoundStatus.SETUP ? List.of() : jury.progress(round);
    }

    public List<ReportTable> getTables() {
        if (tables == null) {
            tables = round == null || round.getStatus() == RoundStatus.SETUP ? List.of() : reports.tables(edition.getId(), number);
        }
        return tables;
    }

    public List<ReportTable> table(String id) {
        return getTables().stream().filter(t -> t.id().equals(id)).toList();
    }

    public List<AwardEntry> getSpecialCandidates() {
        return getStandings().values().stream().flatMap(List::stream).map(Standing::entry).filter(e -> e.getPrize() == null).toList();
    }

    public boolean isSecondRoundAvailable() {
        return judging.round(edition, 2).isPresent();
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public AwardEdition getEdition() {
        return edition;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public CriteriaEditor getCriteria() {
        return criteria;
    }

    public AssignmentPlan getPlan() {
        return plan;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public Long getSpecialEntry() {
        return specialEntry;
    }

    public void setSpecialEntry(Long specialEntry) {
        this.specialEntry = specialEntry;
    }

    public String getSpecialNote() {
        return specialNote;
    }

    public void setSpecialNote(String specialNote) {
        this.specialNote = specialNote;
    }

}
