package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.mentoring.AgreedAction;
import org.govtechhub.mentoring.FitAnswer;
import org.govtechhub.mentoring.MeetingFormat;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.mentoring.MentoringSession;
import org.govtechhub.mentoring.SessionLogService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * mentoring/sessions.xhtml?match=…: the mentor logs meetings with their agreed actions; the startup
 * confirms and rates them; both answer the fit check when it is due.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionLogService sessions;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long match;
    private MentorMatch pairing;
    private MentoringSession draft;
    private String actionDescription;
    private String actionOwner;
    private LocalDate actionDue;
    private final List<AgreedAction> actions = new ArrayList<>();
    private Integer rating;
    private String comment;

    public void load() {
        pairing = sessions.matchFor(user.email(), match);
        draft = MentoringSession.blank();
    }

    public void addAction() {
        actions.add(new AgreedAction(actionDescription, actionOwner, actionDue));
        actionDescription = null;
        actionOwner = null;
        actionDue = null;
    }

    public void log() {
        sessions.log(user.email(), match, draft, actions);
        messages.info("mentoring_sessions.logged", draft.getHeldOn());
        draft = MentoringSession.blank();
        actions.clear();
    }

    public void confirm(MentoringSession session) {
        sessions.confirm(user.email(), session.getId(), true, rating, comment);
        messages.info("mentoring_sessions.confirmed");
    }

    public void answer(FitAnswer answer) {
        pairing = sessions.answerFit(user.email(), match, answer);
        messages.info("mentoring_sessions.fitAnswered." + answer.name());
    }

    public boolean isMentor() {
        return pairing.getMentor().getEmail().equals(user.email());
    }

    public boolean isFitCheckDue() {
        return pairing.fitCheckDue(!isMentor(), getLog().size());
    }

    public List<MentoringSession> getLog() {
        return sessions.sessions(user.email(), match);
    }

    public MeetingFormat[] getFormats() {
        return new MeetingFormat[] {MeetingFormat.ONLINE, MeetingFormat.OFFLINE};
    }

    public FitAnswer[] getFitAnswers() {
        return FitAnswer.values();
    }

    public Long getMatch() {
        return match;
    }

    public void setMatch(Long match) {
        this.match = match;
    }

    public MentorMatch getPairing() {
        return pairing;
    }

    public MentoringSession getDraft() {
        return draft;
    }

    public List<AgreedAction> getActions() {
        return actions;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
