package org.govtechhub.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Tags;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An entry to a nomination: title, summary, results with measurable impact, team members (one per line, with an
 * e-mail address where known, so the jurors on the team are found), topics for the jury's expertise.
 * Drafted, submitted before the deadline, withdrawn; then perhaps a finalist, a winner or the special prize.
 */
@Entity
@Table(name = "award_entry")
@NamedQuery(name = "AwardEntry.ofAuthor", query = "SELECT e FROM AwardEntry e WHERE e.author.email = :email ORDER BY e.id DESC")
@NamedQuery(name = "AwardEntry.ofEdition", query = "SELECT e FROM AwardEntry e WHERE e.nomination.edition = :edition ORDER BY e.id")
@NamedQuery(name = "AwardEntry.submittedOfEdition", query = "SELECT e FROM AwardEntry e WHERE e.nomination.edition = :edition "
        + "AND e.status = org.govtechhub.award.EntryStatus.SUBMITTED ORDER BY e.id")
@NamedQuery(name = "AwardEntry.submittedToJuror", query = "SELECT e FROM AwardEntry e WHERE e.status = org.govtechhub.award.EntryStatus.SUBMITTED "
        + "AND e.nomination.edition.publishedAt IS NULL AND e.nomination.edition IN "
        + "(SELECT j.edition FROM JuryMember j WHERE j.person.email = :email) ORDER BY e.nomination.edition.callOpens DESC, e.nomination.edition.id DESC, e.id")
@NamedQuery(name = "AwardEntry.ofNomination", query = "SELECT e FROM AwardEntry e WHERE e.nomination = :nomination ORDER BY e.id")
public class AwardEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @NotNull
    @ManyToOne
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "entrant_type")
    private EntrantType entrantType;

    @ManyToOne
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String summary;

    @Size(max = 4000)
    private String results;

    @Size(max = 2000)
    private String team;

    private Tags topics = Tags.parse("");

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.DRAFT;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    private boolean finalist;

    @Enumerated(EnumType.STRING)
    private Prize prize;

    @Column(name = "prize_note")
    private String prizeNote;

    protected AwardEntry() {
    }

    public AwardEntry(Nomination nomination, EntrantType entrantType, Person author, String title) {
        this.nomination = nomination;
        this.entrantType = entrantType;
        this.author = author;
        this.organisation = author.getOrganisation();
        this.title = title;
    }

    /** Changes are allowed while the entry is a draft. */
    public void requireDraft() {
        if (status != EntryStatus.DRAFT) {
            throw new BusinessException("award.entry.notDraft");
        }
    }

    /** Submits a complete draft while the call is open; eligibility is checked by the caller first. */
    public void submit(LocalDateTime now) {
        requireDraft();
        nomination.getEdition().requireCallOpen(now);
        if (isBlank(summary)) {
            throw new BusinessException("award.entry.summaryRequired");
        }
        if (isBlank(results)) {
            throw new BusinessException("award.entry.resultsRequired");
        }
        status = EntryStatus.SUBMITTED;
        submittedAt = now;
    }

    /** The entrant withdraws; not after the results are published, and never twice. */
    public void withdraw() {
        if (status == EntryStatus.WITHDRAWN) {
            throw new BusinessException("award.entry.alreadyWithdrawn");
        }
        nomination.getEdition().requireNotPublished();
        status = EntryStatus.WITHDRAWN;
        finalist = false;
        prize = null;
    }

    /**
     * Who is entering, for "one entry per entrant" and "last year's winners": the person for an individual entry,
     * the team led by the author for a team entry, otherwise the organisation.
     */
    public String entrantKey() {
        if (entrantType == EntrantType.INDIVIDUAL || organisation == null) {
            return "person:" + author.getId();
        }
        if (entrantType == EntrantType.TEAM) {
            return "team:" + author.getId();
        }
        return "organisation:" + organisation.getId();
    }

    /** The e-mail addresses written in the team list, lower case. */
    public Set<String> teamEmails() {
        if (team == null) {
            return Set.of();
        }
        Matcher matcher = EMAIL.matcher(team);
        return matcher.results().map(r -> r.group().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Whether this person is the author or is named on the team. */
    public boolean isOnTeam(Person person) {
        return author.equals(person) || teamEmails().contains(person.getEmail().toLowerCase(Locale.ROOT));
    }

    public void markFinalist(boolean finalist) {
        this.finalist = finalist;
        if (!finalist) {
            prize = null;
        }
    }

    public void award(Prize prize, String note) {
        if (prize == Prize.SPECIAL && isBlank(note)) {
            throw new BusinessException("award.prize.noteRequired");
        }
        if (prize == Prize.WINNER && !finalist) {
            throw new BusinessException("award.prize.notFinalist", title);
        }
        this.prize = prize;
        this.prizeNote = note == null ? null : note.strip();
    }

    public boolean isWinner() {
        return prize != null;
    }

    /** The entrant as shown publicly: the organisation, or the person for an individual entry. */
    public String entrantName() {
        if (entrantType == EntrantType.INDIVIDUAL || organisation == null) {
            return author.getFullName() + (organisation == null ? "" : ", " + organisation.getName());
        }
        return organisation.getName();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    protected String auditSummary() {
        return title + " (" + status + ")";
    }

    public Nomination getNomination() {
        return nomination;
    }

    public void setNomination(Nomination nomination) {
        requireDraft();
        this.nomination = nomination;
    }

    public EntrantType getEntrantType() {
        return entrantType;
    }

    public void setEntrantType(EntrantType entrantType) {
        this.entrantType = entrantType;
    }

    public Person getAuthor() {
        return author;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTopics() {
        return topics.toString();
    }

    public void setTopics(String topics) {
        this.topics = Tags.parse(topics);
    }

    public Tags topics() {
        return topics;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public boolean isFinalist() {
        return finalist;
    }

    public Prize getPrize() {
        return prize;
    }

    public String getPrizeNote() {
        return prizeNote;
    }
}
