package org.govtechhub.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One weekly traction meeting as the mentor logged it (date, length, format, topics, notes, agreed
 * actions, next meeting), and as the startup confirmed and rated it.
 */
@Entity
@Table(name = "mentoring_session")
@NamedQuery(name = "MentoringSession.ofMatch", query = "SELECT s FROM MentoringSession s WHERE s.match = :match ORDER BY s.heldOn DESC, s.id DESC")
@NamedQuery(name = "MentoringSession.planned", query = "SELECT s FROM MentoringSession s WHERE s.match.mentor.email = :email"
        + " AND s.nextMeetingAt IS NOT NULL AND s.match.status = org.govtechhub.mentoring.MatchStatus.ACCEPTED ORDER BY s.nextMeetingAt")
public class MentoringSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "match_id", nullable = false, updatable = false)
    private MentorMatch match;

    @NotNull
    @Column(name = "held_on")
    private LocalDate heldOn;

    @Min(5)
    @Max(600)
    @Column(name = "duration_minutes")
    private int durationMinutes = 60;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_format")
    private MeetingFormat format = MeetingFormat.ONLINE;

    @NotBlank
    @Size(max = 1000)
    private String topics;

    @Size(max = 4000)
    private String notes;

    @Column(name = "next_meeting_at")
    private LocalDateTime nextMeetingAt;

    @Column(name = "attendance_confirmed")
    private Boolean attendanceConfirmed;

    private Integer rating;

    @Size(max = 2000)
    @Column(name = "startup_comment")
    private String startupComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreed_action", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AgreedAction> actions = new ArrayList<>();

    protected MentoringSession() {
    }

    /** A new log entry, for a meeting held today unless the mentor says otherwise. */
    public static MentoringSession blank() {
        MentoringSession session = new MentoringSession();
        session.heldOn = Clock.now().toLocalDate();
        return session;
    }

    /** The mentor logs this meeting for the match; the format says where it happened (online or offline). */
    void logFor(MentorMatch accepted, List<AgreedAction> agreed) {
        if (format == MeetingFormat.EITHER) {
            throw new BusinessException("mentoring.session.formatRequired");
        }
        if (nextMeetingAt != null && !nextMeetingAt.toLocalDate().isAfter(heldOn)) {
            throw new BusinessException("mentoring.session.nextBeforeThis");
        }
        match = accepted;
        actions.clear();
        actions.addAll(agreed);
    }

    /** The startup confirms it took part, rates the meeting 1..5 and may comment. */
    public void confirm(boolean attended, Integer stars, String comment) {
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new BusinessException("mentoring.session.ratingOutOfRange");
        }
        attendanceConfirmed = attended;
        rating = stars;
        startupComment = comment;
    }

    @Override
    protected String auditSummary() {
        return match.getMentor().getEmail() + " x " + match.getStartup().getName() + " " + heldOn;
    }

    public MentorMatch getMatch() {
        return match;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDateTime getNextMeetingAt() {
        return nextMeetingAt;
    }

    public void setNextMeetingAt(LocalDateTime nextMeetingAt) {
        this.nextMeetingAt = nextMeetingAt;
    }

    public Boolean getAttendanceConfirmed() {
        return attendanceConfirmed;
    }

    public Integer getRating() {
        return rating;
    }

    public String getStartupComment() {
        return startupComment;
    }

    public List<AgreedAction> getActions() {
        return actions;
    }
}
