package org.govtechhub.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;
import java.util.List;

/**
 * jury/index.xhtml: a juror's scorecards in every jury they sit on (award rounds, pitch days) with their progress,
 * and the declaration of conflicts of interest.
 */
@Named
@RequestScoped
public class JuryBacking {

    @EJB
    private JuryService jury;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<JuryService.JurorTask> tasks;
    private String conflictSubject;
    private ConflictType conflictKind;
    private String conflictReason;

    /** Declares a conflict with the chosen subject, given as "owner/id". */
    public void declare() {
        int slash = conflictSubject.lastIndexOf('/');
        jury.declareAsJuror(conflictSubject.substring(0, slash), Long.parseLong(conflictSubject.substring(slash + 1)), user.email(),
                conflictKind, conflictReason);
        messages.info("award_jury.declared");
        tasks = null;
    }

    public List<JuryService.JurorTask> getTasks() {
        if (tasks == null) {
            tasks = jury.tasks(user.email());
        }
        return tasks;
    }

    public long getSubmitted() {
        return getTasks().stream().filter(t -> t.sheet().getStatus() == SheetStatus.SUBMITTED).count();
    }

    public List<Subject> getDeclarable() {
        return jury.declarable(user.email());
    }

    public List<ConflictType> getKinds() {
        return Arrays.stream(ConflictType.values()).filter(ConflictType::isDeclarable).toList();
    }

    public String getConflictSubject() {
        return conflictSubject;
    }

    public void setConflictSubject(String conflictSubject) {
        this.conflictSubject = conflictSubject;
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
