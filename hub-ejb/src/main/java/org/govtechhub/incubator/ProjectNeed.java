package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.io.Serializable;
import java.util.Objects;

/**
 * A need of a project, as the catalogue's need facet reads it: {@code SELECT n.projectId FROM ProjectNeed n WHERE
 * n.need = :need} is one range of the index (need, project_id). Read only: the rows are written through
 * {@link Project}'s own set of needs (the need's name, as text).
 */
@Entity
@ReadOnly
@Table(name = "project_need")
@IdClass(ProjectNeed.Key.class)
public class ProjectNeed {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(name = "need")
    private String need;

    protected ProjectNeed() {
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getNeed() {
        return need;
    }

    /** The primary key: the project and the need. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long projectId;
        private String need;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(need, key.need);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, need);
        }
    }
}
