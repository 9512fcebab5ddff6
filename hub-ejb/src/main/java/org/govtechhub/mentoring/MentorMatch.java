package org.govtechhub.mentoring;

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
        + "(org.govtechhub.mentoring.MatchStatus.PUBLISHED, org.govtechhub.mentoring.MatchStatus.ACCEPTED, org.govtechhub.mentoring.MatchStatus.DECLINED) ORDER BY m.id DESC")
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
}
