package org.govtechhub.training;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;

/** A group of courses: digital skills and data, design thinking, procurement of innovation... */
@Entity
@Table(name = "track")
@NamedQuery(name = "Track.all", query = "SELECT t FROM Track t ORDER BY t.name")
public class Track extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 2000)
    private String description;

    protected Track() {
    }

    public Track(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public static Track blank() {
        return new Track();
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

    @Override
    public String toString() {
        return name;
    }
}
