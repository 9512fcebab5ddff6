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
 * One word of a project's index, as the catalogue's searches read it: {@code SELECT t.projectId FROM ProjectTerm t
 * WHERE t.term LIKE 'word%'} is one range of the index (term, project_id), without the project table. Read only: the
 * rows are written through {@link Project}'s own collection of terms.
 */
@Entity
@ReadOnly
@Table(name = "project_term")
@IdClass(ProjectTerm.Key.class)
public class ProjectTerm {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    private String term;

    protected ProjectTerm() {
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTerm() {
        return term;
    }

    /** The primary key: the project and the word. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long projectId;
        private String term;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(term, key.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, term);
        }
    }
}
