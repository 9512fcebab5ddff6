package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.JudgingService;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;
import java.util.List;

/** awards/jury.xhtml: a juror's entries to score (with their progress) and the declaration of conflicts of interest. */
@Named
@RequestScoped
public class JuryBacking {

    @EJB
    private JudgingService judging;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<JudgingService.JurorTask> tasks;
    private Long conflictEntry;
    private ConflictType conflictKind;
    private String conflictReason;

    public void declare() {
        judging.declareConflict(conflictEntry, user.email(), conflictKind, conflictReason);
        messages.info("award_jury.declared");
        tasks = null;
    }

    public List<JudgingService.JurorTask> getTasks() {
        if (tasks == null) {
            tasks = judging.tasks(user.email());
        }
        return tasks;
    }

    public long getSubmitted() {
        return getTasks().stream().filter(t -> t.sheet().getStatus() == SheetStatus.SUBMITTED).count();
    }

    public List<AwardEntry> getDeclarable() {
        return judging.entriesToDeclare(user.email());
    }

    public List<ConflictType> getKinds() {
        return Arrays.stream(ConflictType.values()).filter(ConflictType::isDeclarable).toList();
    }

    public Long getConflictEntry() {
        return conflictEntry;
    }

    public void setConflictEntry(Long conflictEntry) {
        this.conflictEntry = conflictEntry;
    }

    public ConflictType getConflictKind() {
        return conflictKind;
    }

    public void setConflictKind(ConflictType conflictKind) {
        this.conflictKind = conflictKind;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
