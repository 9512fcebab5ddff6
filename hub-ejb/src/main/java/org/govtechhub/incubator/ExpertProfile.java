package org.govtechhub.incubator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an expert knows — sectors and the kinds of need (funding, business model, going abroad…) they can judge — and
 * how many reviews they take at once. The jury assignment matches it against a project's sector and needs.
 */
@Entity
@Table(name = "incubator_expert")
@NamedQuery(name = "ExpertProfile.ofPerson", query = "SELECT e FROM ExpertProfile e WHERE e.person.email = :email")
@NamedQuery(name = "ExpertProfile.active", query = "SELECT e FROM ExpertProfile e JOIN e.person p JOIN p.roles r "
        + "WHERE p.active = TRUE AND r = :role ORDER BY p.fullName, e.id")
public class ExpertProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The most reviews one expert may have open at a time. */
    public static final int MAX_CAPACITY = 20;

    @OneToOne
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    /** Reviews the expert takes at once (invited, in draft or submitted and not yet released). */
    private int capacity = 3;

    private String biography;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_expert_sector", joinColumns = @JoinColumn(name = "expert_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector")
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_expert_need", joinColumns = @JoinColumn(name = "expert_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    protected ExpertProfile() {
    }

    public ExpertProfile(Person person) {
        this.person = Objects.requireNonNull(person);
    }

    /** Replaces what the expert declares: at least one sector, a capacity of 1..{@value #MAX_CAPACITY}. */
    public void declare(Set<Sector> sectors, Set<Need> needs, int capacity, String biography) {
        if (sectors == null || sectors.isEmpty()) {
            throw new BusinessException("incubator.expert.sectorRequired");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new BusinessException("incubator.expert.capacity", 1, MAX_CAPACITY);
        }
        if (biography != null && biography.strip().length() > 1000) {
            throw new BusinessException("incubator.support.tooLong", 1000);
        }
        this.sectors = EnumSet.copyOf(sectors);
        this.needs = needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
        this.capacity = capacity;
        this.biography = biography == null || biography.isBlank() ? null : biography.strip();
    }

    /** Whether the expert knows the project's sector. */
    public boolean knowsSector(Project project) {
        return sectors.contains(project.getSector());
    }

    /** The project's needs this expert can judge. */
    public Set<Need> sharedNeeds(Project project) {
        Set<Need> shared = EnumSet.noneOf(Need.class);
        project.getNeeds().stream().filter(needs::contains).forEach(shared::add);
        return shared;
    }

    /**
     * Affinity 0..100 for the assignment: the share of the project's topics in this expert's expertise, where the
     * sector counts as much as all its needs together (an expert of the wrong sector is a poor fit, whatever else).
     */
    public int affinity(Project project) {
        int sector = knowsSector(project) ? 50 : 0;
        Set<Need> wanted = project.getNeeds();
        if (wanted.isEmpty()) {
            return sector * 2;
        }
        return sector + 50 * sharedNeeds(project).size() / wanted.size();
    }

    public Person getPerson() {
        return person;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getBiography() {
        return biography;
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    }

    public Set<Need> getNeeds() {
        return needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    }
}
