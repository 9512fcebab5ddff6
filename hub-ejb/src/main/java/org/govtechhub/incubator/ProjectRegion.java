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
 * A region where a project runs, as the catalogue's region facet reads it: {@code SELECT r.projectId FROM ProjectRegion r
 * WHERE r.regionCode = :region} is one range of the index (region_code, project_id). Read only: the rows are written
 * through {@link Project}'s own set of regions.
 */
@Entity
@ReadOnly
@Table(name = "project_region")
@IdClass(ProjectRegion.Key.class)
public class ProjectRegion {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(name = "region_code")
    private String regionCode;

    protected ProjectRegion() {
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The primary key: the project and the region. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long projectId;
        private String regionCode;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(regionCode, key.regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, regionCode);
        }
    }
}
