package org.govtechhub.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;

/** An improvement the learner implemented at work and submitted as part of completing a course. */
@Entity
@Table(name = "practice_project")
public class PracticeProject extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.SUBMITTED;

    protected PracticeProject() {
    }

    PracticeProject(Enrolment enrolment, String title, String description) {
        this.enrolment = enrolment;
        this.title = title;
        this.description = description;
    }

    public void accept() {
        status = ProjectStatus.ACCEPTED;
    }

    public void giveBack() {
        status = ProjectStatus.RETURNED;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ProjectStatus getStatus() {
        return status;
    }
}
