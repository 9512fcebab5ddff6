package org.govtechhub.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A mentor paired with a startup in a matching round, with the criteria that made its score. */
@Entity
@Table(name = "mentor_match")
@NamedQuery(name = "MentorMatch.ofRound", query = "SELECT m FROM MentorMatch m WHERE m.round = :round ORDER BY m.startup.name, m.mentor.fullName")
@NamedQuery(name = "MentorMatch.holding",
        query = "SELECT m FROM MentorMatch m WHERE m.status IN (org.govtechhub.mentoring.MatchStatus.PUBLISHED, org.govtechhub.mentoring.MatchStatus.ACCEPTED)")
@NamedQuery(name = "MentorMatch.ofMentor", query = "SELECT m FROM MentorMatch m WHERE m.mentor.email = :email AND m.status IN "
        + "(org.govtechhub.mentoring.MatchStatus.PUBLISHED, org.govtechhub.mentoring.MatchStatus.ACCEPTED, org.govtechhub.mentoring.MatchStatus.DECLINED,"
        + " org.govtechhub.mentoring.MatchStatus.ENDED) ORDER BY m.id DESC")
@NamedQuery(name = "MentorMatch.ofStartup", query = "SELECT m FROM MentorMatch m WHERE m.startup = :startup AND m.status IN "
        + "(org.govtechhub.mentoring.MatchStatus.PUBLISHED, org.govtechhub.mentoring.MatchStatus.ACCEPTED) ORDER BY m.id DESC")
public class MentorMatch extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private MatchingRound round;

    @ManyToOne
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    private Person mentor;

    @ManyToOne
    @JoinColumn(name = "startup_id", nullable = false, updatable = false)
    private Organisation startup;

    private int score;

    private String breakdown;

    private boolean pinned;

    @Enumerated(EnumType.STRING)
    private MatchStatus status = MatchStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_fit")
    private FitAnswer mentorFit;

    @Enumerated(EnumType.STRING)
    @Column(name = "startup_fit")
    private FitAnswer startupFit;

    @Column(name = "mentor_fit_after")
    private int mentorFitAfter;

    @Column(name = "startup_fit_after")
    private int startupFitAfter;

    protected MentorMatch() {
    }

    MentorMatch(MatchingRound round, Person mentor, Organisation startup, int score, String breakdown, boolean pinned) {
        this.round = round;
        this.mentor = mentor;
        this.startup = startup;
        this.score = score;
        this.breakdown = breakdown;
        this.pinned = pinned;
    }

    public void togglePin() {
        requireStatus(MatchStatus.PROPOSED);
        pinned = !pinned;
    }

    public void remove() {
        requireStatus(MatchStatus.PROPOSED);
        status = MatchStatus.REMOVED;
        pinned = false;
    }

    void publish() {
        if (status == MatchStatus.PROPOSED) {
            status = MatchStatus.PUBLISHED;
        }
    }

    public void accept() {
        requireStatus(MatchStatus.PUBLISHED);
        status = MatchStatus.ACCEPTED;
    }

    public void decline() {
        requireStatus(MatchStatus.PUBLISHED);
        status = MatchStatus.DECLINED;
    }

    /** Is the fit question due for this side, given how many sessions were held? */
    public boolean fitCheckDue(boolean startupSide, int sessionsHeld) {
        FitAnswer answer = startupSide ? startupFit : mentorFit;
        int askedAfter = startupSide ? startupFitAfter : mentorFitAfter;
        return status == MatchStatus.ACCEPTED && sessionsHeld >= 1
                && (answer == null || answer == FitAnswer.STILL_DECIDING && sessionsHeld > askedAfter);
    }

    /** Records one side's answer; a startup's "not a good fit" ends the pairing so it can be re-paired. */
    public void answerFit(boolean startupSide, FitAnswer answer, int sessionsHeld) {
        if (!fitCheckDue(startupSide, sessionsHeld)) {
            throw new BusinessException("mentoring.fit.notDue");
        }
        if (startupSide) {
            startupFit = answer;
            startupFitAfter = sessionsHeld;
            if (answer == FitAnswer.NOT_A_GOOD_FIT) {
                status = MatchStatus.ENDED;
            }
        } else {
            mentorFit = answer;
            mentorFitAfter = sessionsHeld;
        }
    }

    private void requireStatus(MatchStatus expected) {
        if (status != expected) {
            throw new BusinessException("mentoring.match.wrongStatus");
        }
    }

    @Override
    protected String auditSummary() {
        return mentor.getEmail() + " x " + startup.getName() + " " + status;
    }

    public MatchingRound getRound() {
        return round;
    }

    public Person getMentor() {
        return mentor;
    }

    public Organisation getStartup() {
        return startup;
    }

    public int getScore() {
        return score;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public boolean isPinned() {
        return pinned;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public FitAnswer getMentorFit() {
        return mentorFit;
    }

    public FitAnswer getStartupFit() {
        return startupFit;
    }
}
