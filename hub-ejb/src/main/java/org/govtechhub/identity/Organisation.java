package org.govtechhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;

/** A government department or a startup; people belong to one. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byName", query = "SELECT o FROM Organisation o WHERE LOWER(o.name) = LOWER(:name)")
@NamedQuery(name = "Organisation.active", query = "SELECT o FROM Organisation o WHERE o.active = TRUE ORDER BY o.name")
@NamedQuery(name = "Organisation.activeOfKinds",
        query = "SELECT o FROM Organisation o WHERE o.active = TRUE AND o.kind IN :kinds ORDER BY o.name")
public class Organisation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Size(max = 2000)
    private String description;

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{hub.website.invalid}")
    private String website;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
        // for JPA and for forms
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public static Organisation blank() {
        return new Organisation();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean isDepartment() {
        return kind == OrganisationKind.DEPARTMENT;
    }

    @Override
    protected String auditSummary() {
        return kind + " " + name + (active ? "" : " (inactive)");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? null : website.strip();
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
