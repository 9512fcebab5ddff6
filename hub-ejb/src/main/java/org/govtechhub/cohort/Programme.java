package org.govtechhub.cohort;

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
import org.govtechhub.shared.BaseEntity;

/** A programme (e.g. "Startup in Residence Amsterdam") that runs cohorts, owned by an organisation. */
@Entity
@Table(name = "programme")
@NamedQuery(name = "Programme.all", query = "SELECT p FROM Programme p ORDER BY p.name")
public class Programme extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind = ProgrammeKind.ACCELERATOR;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    public Programme() {
    }

    public Programme(String name, ProgrammeKind kind, Organisation owner) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
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

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public Organisation getOwner() {
        return owner;
    }

    public void setOwner(Organisation owner) {
        this.owner = owner;
    }
}
