package org.govtechhub.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;

/**
 * A citizen's or a civil servant's problem and idea about a public service in a district. Published when submitted;
 * a moderator may hide it (with a reason) or merge it into another idea (a duplicate); a moderator assigns it to a
 * responsible department, whose people answer it. Supported by anyone signed in except its author, once each: the
 * count of supporters is kept here, under the idea's row lock. May be turned, by its department, into a challenge.
 */
@Entity
@Table(name = "idea")
@NamedQuery(name = "Idea.ofAuthor", query = "SELECT i FROM Idea i WHERE i.author = :author ORDER BY i.id DESC")
@NamedQuery(name = "Idea.countOfAuthor", query = "SELECT COUNT(i) FROM Idea i WHERE i.author = :author")
@NamedQuery(name = "Idea.ofDepartment", query = "SELECT i FROM Idea i WHERE i.department = :department "
        + "AND i.status = org.govtechhub.ideas.IdeaStatus.PUBLISHED ORDER BY i.id DESC")
@NamedQuery(name = "Idea.countOfDepartment", query = "SELECT COUNT(i) FROM Idea i WHERE i.department = :department "
        + "AND i.status = org.govtechhub.ideas.IdeaStatus.PUBLISHED")
@NamedQuery(name = "Idea.unassigned", query = "SELECT i FROM Idea i WHERE i.department IS NULL "
        + "AND i.status = org.govtechhub.ideas.IdeaStatus.PUBLISHED ORDER BY i.id")
@NamedQuery(name = "Idea.countUnassigned", query = "SELECT COUNT(i) FROM Idea i WHERE i.department IS NULL "
        + "AND i.status = org.govtechhub.ideas.IdeaStatus.PUBLISHED")
@NamedQuery(name = "Idea.ofChallenge", query = "SELECT i FROM Idea i WHERE i.challenge.id = :challenge ORDER BY i.id")
@NamedQuery(name = "Idea.byTitle", query = "SELECT i FROM Idea i WHERE i.title = :title")
public class Idea extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_PROBLEM = 4000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_ANSWER = 2000;

    @ManyToOne
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    private String title;

    private String problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_service")
    private PublicService service;

    @Enumerated(EnumType.STRING)
    private District district;

    @Column(name = "district_text")
    private String districtText;

    @Enumerated(EnumType.STRING)
    private IdeaStatus status = IdeaStatus.PUBLISHED;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @ManyToOne
    @JoinColumn(name = "merged_with_id")
    private Idea mergedInto;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Organisation department;

    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;

    @Enumerated(EnumType.STRING)
    private IdeaAnswer answer;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    private int supporters;

    @Column(name = "published_at", nullable = false, updatable = false)
    private LocalDateTime publishedAt;

    @ManyToOne
    @JoinTable(name = "idea_challenge", joinColumns = @JoinColumn(name = "idea_id"), inverseJoinColumns = @JoinColumn(name = "challenge_id"))
    private Challenge challenge;

    protected Idea() {
    }

    /**
     * A published idea. Its author must be a citizen or a civil servant; a title, the problem and the public service
     * are required, and the district is one of the city's or said in words.
     */
    public Idea(Person author, String title, String problem, PublicService service, District district, String districtText, LocalDateTime now) {
        if (author == null || !(author.hasRole(Role.CITIZEN) || author.hasRole(Role.CIVIL_SERVANT))) {
            throw new BusinessException("ideas.notAllowedToSubmit");
        }
        this.author = author;
        this.title = required(title, MAX_TITLE, "ideas.titleRequired", "ideas.titleTooLong");
        this.problem = required(problem, MAX_PROBLEM, "ideas.problemRequired", "ideas.problemTooLong");
        if (service == null) {
            throw new BusinessException("ideas.serviceRequired");
        }
        this.service = service;
        String place = districtText == null || districtText.isBlank() ? null : districtText.strip();
        if (district == null && place == null) {
            throw new BusinessException("ideas.districtRequired");
        }
        if (place != null && place.length() > 200) {
            throw new BusinessException("ideas.districtTooLong", 200);
        }
        this.district = district;
        this.districtText = district == null ? place : null;
        this.publishedAt = now;
    }

    private static String required(String text, int max, String missingKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(missingKey);
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return value;
    }

    // --- support ----------------------------------------------------------------------------------------------------

    /**
     * One more supporter: only a published idea, never its author, once per person ({@code alreadySupports} is what
     * the database says). Returns the vote to keep.
     */
    public IdeaVote support(Person who, boolean alreadySupports) {
        if (status != IdeaStatus.PUBLISHED) {
            throw new BusinessException("ideas.notOpenForSupport", title);
        }
        if (author.equals(who)) {
            throw new BusinessException("ideas.ownIdea");
        }
        if (alreadySupports) {
            throw new BusinessException("ideas.alreadySupported", title);
        }
        supporters++;
        return new IdeaVote(this, who);
    }

    /** Sets the count of supporters from the votes (after a merge carried some over). */
    void supportersCounted(long votes) {
        supporters = (int) votes;
    }

    // --- moderation -------------------------------------------------------------------------------------------------

    /** A moderator hides a published idea, saying which rule it breaks. */
    public void hide(String reason) {
        requirePublished();
        moderationReason = reason(reason, "ideas.hideReasonRequired");
        status = IdeaStatus.HIDDEN;
    }

    /** A moderator merges this duplicate into another published idea; the service carries the supporters over. */
    public void mergeInto(Idea target) {
        if (target == null) {
            throw new BusinessException("ideas.mergeTargetRequired");
        }
        if (target.equals(this)) {
            throw new BusinessException("ideas.mergeIntoItself");
        }
        requirePublished();
        if (target.status != IdeaStatus.PUBLISHED) {
            throw new BusinessException("ideas.mergeTargetNotPublished", target.title);
        }
        status = IdeaStatus.MERGED;
        mergedInto = target;
    }

    /** A moderator makes a department responsible for answering the idea (again, if it changes hands). */
    public void assign(Organisation responsible, LocalDateTime now) {
        requirePublished();
        if (responsible == null || responsible.getKind() != OrganisationKind.DEPARTMENT) {
            throw new BusinessException("ideas.departmentRequired");
        }
        department = responsible;
        assignedAt = now;
    }

    // --- the department's answer ------------------------------------------------------------------------------------

    /** The responsible department answers; declining needs the reason, the other answers may say more. */
    public void answer(IdeaAnswer given, String text, LocalDateTime now) {
        requirePublished();
        if (given == null) {
            throw new BusinessException("ideas.answerRequired");
        }
        String said = text == null || text.isBlank() ? null : text.strip();
        if (given == IdeaAnswer.DECLINED && said == null) {
            throw new BusinessException("ideas.declineReasonRequired");
        }
        if (said != null && said.length() > MAX_ANSWER) {
            throw new BusinessException("ideas.answerTooLong", MAX_ANSWER);
        }
        answer = given;
        answerText = said;
        answeredAt = now;
    }

    /** Whether this department answers the idea. */
    public boolean isAssignedTo(Organisation organisation) {
        return department != null && department.equals(organisation);
    }

    /** The idea becomes part of a challenge its department drafted: published, once. */
    public void becomePartOf(Challenge drafted) {
        requirePublished();
        if (challenge != null) {
            throw new BusinessException("ideas.alreadyInChallenge", title, challenge.getTitle());
        }
        challenge = drafted;
    }

    private void requirePublished() {
        if (status != IdeaStatus.PUBLISHED) {
            throw new BusinessException("ideas.notPublished", title, status);
        }
    }

    private static String reason(String text, String missingKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(missingKey);
        }
        String value = text.strip();
        if (value.length() > MAX_REASON) {
            throw new BusinessException("ideas.reasonTooLong", MAX_REASON);
        }
        return value;
    }

    /** Who sees it: a hidden idea only its author and the moderators; published and merged ones everyone. */
    public boolean isVisibleTo(Person reader, boolean moderator) {
        return status != IdeaStatus.HIDDEN || moderator || author.equals(reader);
    }

    @Override
    protected String auditSummary() {
        return title + " (" + status + (answer == null ? "" : ", " + answer) + ")";
    }

    public Person getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public PublicService getService() {
        return service;
    }

    public District getDistrict() {
        return district;
    }

    public String getDistrictText() {
        return districtText;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public Idea getMergedInto() {
        return mergedInto;
    }

    public Organisation getDepartment() {
        return department;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public IdeaAnswer getAnswer() {
        return answer;
    }

    public String getAnswerText() {
        return answerText;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public int getSupporters() {
        return supporters;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    /** Its status as the public list shows it: merged, the department's answer, or waiting for one; null when hidden. */
    public IdeaListStatus getListStatus() {
        return switch (status) {
            case HIDDEN -> null;
            case MERGED -> IdeaListStatus.MERGED;
            case PUBLISHED -> answer == null ? IdeaListStatus.AWAITING_ANSWER : IdeaListStatus.valueOf(answer.name());
        };
    }

    public boolean isPublished() {
        return status == IdeaStatus.PUBLISHED;
    }
}
