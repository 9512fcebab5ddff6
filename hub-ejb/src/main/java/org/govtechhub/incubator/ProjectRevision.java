package org.govtechhub.incubator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

import java.util.Arrays;
import java.util.List;

/**
 * One change of a project, kept for good: who (the audit columns), when, and what — the fields an edit changed, or
 * the moderation step with its reason.
 */
@Entity
@Table(name = "project_revision")
@NamedQuery(name = "ProjectRevision.of", query = "SELECT r FROM ProjectRevision r WHERE r.project = :project ORDER BY r.createdAt DESC, r.id DESC")
public class ProjectRevision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    private RevisionAction action;

    private String fields;

    private String note;

    protected ProjectRevision() {
    }

    public ProjectRevision(Project project, RevisionAction action, List<String> fields, String note) {
        this.project = project;
        this.action = action;
        this.fields = fields == null || fields.isEmpty() ? null : String.join(",", fields);
        this.note = note;
    }

    public Project getProject() {
        return project;
    }

    public RevisionAction getAction() {
        return action;
    }

    /** The names of the fields that changed (for an edit). */
    public List<String> getFieldList() {
        return fields == null ? List.of() : Arrays.asList(fields.split(","));
    }

    public String getNote() {
        return note;
    }
}
