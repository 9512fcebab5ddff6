package org.govtechhub.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One year's awards, e.g. "Public Sector Innovation Awards 2027": the call for entries (open → close), round 1
 * (remote scoring), round 2 (live pitches on the event day), the announcement. Jury rules: R jurors per entry,
 * at most L entries per juror, optional trimmed mean. The previous edition's winners may not enter.
 */
@Entity
@Table(name = "award_edition")
@NamedQuery(name = "AwardEdition.all", query = "SELECT e FROM AwardEdition e ORDER BY e.callOpens DESC, e.id DESC")
public class AwardEdition extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The most jurors an entry may get (the assignment solver's limit). */
    public static final int MAX_JURORS_PER_ENTRY = 5;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 2000)
    private String description;

    @NotNull
    @Column(name = "call_opens")
    private LocalDateTime callOpens;

    @NotNull
    @Column(name = "call_closes")
    private LocalDateTime callCloses;

    @Column(name = "live_event_on")
    private LocalDate liveEventOn;

    @Column(name = "announcement_on")
    private LocalDate announcementOn;

    @ManyToOne
    @JoinColumn(name = "previous_edition_id")
    private AwardEdition previousEdition;

    @Min(1)
    @Max(MAX_JURORS_PER_ENTRY)
    @Column(name = "jurors_per_entry")
    private int jurorsPerEntry = 3;

    @Min(1)
    @Max(500)
    @Column(name = "max_entries_per_juror")
    private int maxEntriesPerJuror = 15;

    @Column(name = "trimmed_mean")
    private boolean trimmedMean;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    public AwardEdition() {
    }

    public AwardEdition(String name, LocalDateTime callOpens, LocalDateTime callCloses) {
        this.name = name;
        this.callOpens = callOpens;
        this.callCloses = callCloses;
    }

    /** The key under which the evaluation context keeps this edition's rounds and conflicts. */
    public String owner() {
        return "award-edition:" + getId();
    }

    /** Checks the timeline: the call closes after it opens, the event and announcement follow the call. */
    public void checkTimeline() {
        if (!callCloses.isAfter(callOpens)) {
            throw new BusinessException("award.edition.callOrder");
        }
        if (liveEventOn != null && liveEventOn.isBefore(callCloses.toLocalDate())) {
            throw new BusinessException("award.edition.eventAfterCall");
        }
        if (announcementOn != null && liveEventOn != null && announcementOn.isBefore(liveEventOn)) {
            throw new BusinessException("award.edition.announcementAfterEvent");
        }
        if (previousEdition != null && previousEdition.equals(this)) {
            throw new BusinessException("award.edition.previousItself");
        }
    }

    public boolean isCallOpen(LocalDateTime now) {
        return !now.isBefore(callOpens) && now.isBefore(callCloses);
    }

    /** Entries may be drafted and submitted only while the call is open (checked on the server, at submission). */
    public void requireCallOpen(LocalDateTime now) {
        if (now.isBefore(callOpens)) {
            throw new BusinessException("award.entry.callNotOpen", callOpens);
        }
        if (!now.isBefore(callCloses)) {
            throw new BusinessException("award.entry.deadlinePassed", callCloses);
        }
    }

    public void requireNotPublished() {
        if (isPublished()) {
            throw new BusinessException("award.edition.published");
        }
    }

    public void publish(LocalDateTime now) {
        requireNotPublished();
        publishedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    @Override
    protected String auditSummary() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getCallOpens() {
        return callOpens;
    }

    public void setCallOpens(LocalDateTime callOpens) {
        this.callOpens = callOpens;
    }

    public LocalDateTime getCallCloses() {
        return callCloses;
    }

    public void setCallCloses(LocalDateTime callCloses) {
        this.callCloses = callCloses;
    }

    public LocalDate getLiveEventOn() {
        return liveEventOn;
    }

    public void setLiveEventOn(LocalDate liveEventOn) {
        this.liveEventOn = liveEventOn;
    }

    public LocalDate getAnnouncementOn() {
        return announcementOn;
    }

    public void setAnnouncementOn(LocalDate announcementOn) {
        this.announcementOn = announcementOn;
    }

    public AwardEdition getPreviousEdition() {
        return previousEdition;
    }

    public void setPreviousEdition(AwardEdition previousEdition) {
        this.previousEdition = previousEdition;
    }

    public int getJurorsPerEntry() {
        return jurorsPerEntry;
    }

    public void setJurorsPerEntry(int jurorsPerEntry) {
        this.jurorsPerEntry = jurorsPerEntry;
    }

    public int getMaxEntriesPerJuror() {
        return maxEntriesPerJuror;
    }

    public void setMaxEntriesPerJuror(int maxEntriesPerJuror) {
        this.maxEntriesPerJuror = maxEntriesPerJuror;
    }

    public boolean isTrimmedMean() {
        return trimmedMean;
    }

    public void setTrimmedMean(boolean trimmedMean) {
        this.trimmedMean = trimmedMean;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
