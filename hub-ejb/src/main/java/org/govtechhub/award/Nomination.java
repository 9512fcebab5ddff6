package org.govtechhub.award;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.util.EnumSet;
import java.util.Set;

/** A nomination of an edition: who may enter it, and how many finalists and winners it has. */
@Entity
@Table(name = "award_nomination")
@NamedQuery(name = "Nomination.ofEdition", query = "SELECT n FROM Nomination n WHERE n.edition = :edition ORDER BY n.id")
public class Nomination extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "edition_id", updatable = false)
    private AwardEdition edition;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 2000)
    private String description;

    @Convert(converter = EntrantTypesConverter.class)
    @Column(name = "entrant_types")
    private Set<EntrantType> entrantTypes = EnumSet.noneOf(EntrantType.class);

    @Min(1)
    @Max(100)
    private int finalists = 3;

    @Min(1)
    @Max(20)
    private int winners = 1;

    protected Nomination() {
    }

    public Nomination(AwardEdition edition, String name, Set<EntrantType> entrantTypes, int finalists, int winners) {
        this.edition = edition;
        this.name = name;
        this.entrantTypes = EnumSet.noneOf(EntrantType.class);
        this.entrantTypes.addAll(entrantTypes);
        this.finalists = finalists;
        this.winners = winners;
    }

    /** At least one entrant type, and no more winners than finalists. */
    public void check() {
        if (entrantTypes.isEmpty()) {
            throw new BusinessException("award.nomination.typesRequired");
        }
        if (winners > finalists) {
            throw new BusinessException("award.nomination.winnersAboveFinalists", winners, finalists);
        }
    }

    public boolean allows(EntrantType type) {
        return entrantTypes.contains(type);
    }

    @Override
    protected String auditSummary() {
        return edition.getName() + " / " + name;
    }

    public AwardEdition getEdition() {
        return edition;
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

    public Set<EntrantType> getEntrantTypes() {
        return EnumSet.copyOf(entrantTypes.isEmpty() ? EnumSet.noneOf(EntrantType.class) : entrantTypes);
    }

    public void setEntrantTypes(Set<EntrantType> entrantTypes) {
        this.entrantTypes = EnumSet.noneOf(EntrantType.class);
        if (entrantTypes != null) {
            this.entrantTypes.addAll(entrantTypes);
        }
    }

    public int getFinalists() {
        return finalists;
    }

    public void setFinalists(int finalists) {
        this.finalists = finalists;
    }

    public int getWinners() {
        return winners;
    }

    public void setWinners(int winners) {
        this.winners = winners;
    }
}
