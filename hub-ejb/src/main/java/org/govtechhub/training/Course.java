package org.govtechhub.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course of a track: format, hours, the skills it raises and to which level, prerequisites,
 * whether the line manager must approve, and what completing it takes (attendance, an assessment,
 * practice projects — Denver's Peak Academy asks for 2-3 improvements implemented).
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.all", query = "SELECT c FROM Course c ORDER BY c.track.name, c.title")
public class Course extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "track_id")
    private Track track;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CourseFormat format;

    @Min(1)
    @Max(1000)
    private int hours;

    @Column(name = "approval_required")
    private boolean approvalRequired;

    @Min(0)
    @Max(100)
    @Column(name = "attendance_required_pct")
    private int attendanceRequiredPct = 80;

    @Column(name = "assessment_required")
    private boolean assessmentRequired;

    @Min(0)
    @Max(10)
    @Column(name = "practice_projects_required")
    private int practiceProjectsRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_skill", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyJoinColumn(name = "skill_id")
    @Column(name = "raises_to")
    private Map<Skill, Integer> raises = new HashMap<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Course> prerequisites = new HashSet<>();

    protected Course() {
    }

    public Course(Track track, String title, CourseFormat format, int hours) {
        this.track = track;
        this.title = title;
        this.format = format;
        this.hours = hours;
    }

    public static Course blank() {
        return new Course();
    }

    public void raise(Skill skill, int toLevel) {
        if (toLevel < 1 || toLevel > Skill.MAX_LEVEL) {
            throw new BusinessException("training.level.outOfRange", toLevel, Skill.MAX_LEVEL);
        }
        raises.put(skill, toLevel);
    }

    public void require(Course prerequisite) {
        if (prerequisite.equals(this) || prerequisite.requiresTransitively(this)) {
            throw new BusinessException("training.course.prerequisiteCycle", prerequisite.getTitle());
        }
        prerequisites.add(prerequisite);
    }

    private boolean requiresTransitively(Course other) {
        return prerequisites.stream().anyMatch(p -> p.equals(other) || p.requiresTransitively(other));
    }

    /** The prerequisites not among the completed courses; empty when the person may take this course. */
    public List<Course> missingPrerequisites(Collection<Long> completedCourseIds) {
        return prerequisites.stream().filter(p -> !completedCourseIds.contains(p.getId()))
                .sorted((a, b) -> a.getTitle().compareTo(b.getTitle())).toList();
    }

    /** What the learning-path planner needs to know of this course. */
    public LearningPathPlanner.CourseOption asOption() {
        return new LearningPathPlanner.CourseOption(getId(), title, hours,
                raises.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getId(), Map.Entry::getValue)),
                prerequisites.stream().map(Course::getId).collect(Collectors.toSet()));
    }

    @Override
    protected String auditSummary() {
        return title;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public int getAttendanceRequiredPct() {
        return attendanceRequiredPct;
    }

    public void setAttendanceRequiredPct(int attendanceRequiredPct) {
        this.attendanceRequiredPct = attendanceRequiredPct;
    }

    public boolean isAssessmentRequired() {
        return assessmentRequired;
    }

    public void setAssessmentRequired(boolean assessmentRequired) {
        this.assessmentRequired = assessmentRequired;
    }

    public int getPracticeProjectsRequired() {
        return practiceProjectsRequired;
    }

    public void setPracticeProjectsRequired(int practiceProjectsRequired) {
        this.practiceProjectsRequired = practiceProjectsRequired;
    }

    public Map<Skill, Integer> getRaises() {
        return raises;
    }

    public Set<Course> getPrerequisites() {
        return prerequisites;
    }

    @Override
    public String toString() {
        return title;
    }
}
