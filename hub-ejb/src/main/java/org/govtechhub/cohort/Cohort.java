package org.govtechhub.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An intake of a programme: its capacity (startups accepted) and its phases with dates, in the cohort's time
 * zone. The current phase follows the dates; an action outside its phase is refused with a message naming the
 * phase and its dates.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = "Cohort.ofProgramme", query = "SELECT c FROM Cohort c WHERE c.programme = :programme ORDER BY c.id DESC")
@NamedQuery(name = "Cohort.all", query = "SELECT c FROM Cohort c ORDER BY c.programme.name, c.id DESC")
public class Cohort extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Min(1)
    @Max(10_000)
    private int capacity = 10;

    @NotBlank
    @Column(name = "time_zone")
    private String timeZone = "UTC";

    @Embedded
    private EligibilityRules eligibility = new EligibilityRules(false, null, java.util.Map.of(), null, false);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_phase", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    private List<CohortPhase> phases = new ArrayList<>();

    /** The pitch-day jury; its rounds, sheets and conflicts are the evaluation context's, under {@link #owner()}. */
    @ManyToMany
    @JoinTable(name = "cohort_pitch_juror", joinColumns = @JoinColumn(name = "cohort_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> pitchJurors = new java.util.HashSet<>();

    /** Minutes per pitch on the demo-day agenda. */
    @Min(1)
    @Max(120)
    @Column(name = "demo_slot_minutes")
    private int demoSlotMinutes = 10;

    protected Cohort() {
    }

    public Cohort(Programme programme, String name, int capacity, String timeZone) {
        this.programme = programme;
        this.name = name;
        this.capacity = capacity;
        this.timeZone = timeZone;
    }

    /** Checks the time zone and the phases: each ends on or after its start, no phase twice, in chronological order. */
    public void check() {
        zone();
        Set<PhaseKind> seen = EnumSet.noneOf(PhaseKind.class);
        LocalDate previousStart = null;
        for (CohortPhase phase : phases) {
            if (phase.getKind() == null || phase.getStartsOn() == null || phase.getEndsOn() == null) {
                throw new BusinessException("cohort.phase.incomplete");
            }
            if (!seen.add(phase.getKind())) {
                throw new BusinessException("cohort.phase.duplicate", phase.getKind());
            }
            if (phase.getEndsOn().isBefore(phase.getStartsOn())) {
                throw new BusinessException("cohort.phase.endsBeforeStart", phase.getKind());
            }
            if (previousStart != null && phase.getStartsOn().isBefore(previousStart)) {
                throw new BusinessException("cohort.phase.order", phase.getKind());
            }
            previousStart = phase.getStartsOn();
        }
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new BusinessException("cohort.timeZone.invalid", timeZone);
        }
    }

    /** The cohort's calendar day at this UTC moment. */
    public LocalDate today(LocalDateTime nowUtc) {
        return nowUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone()).toLocalDate();
    }

    public Optional<CohortPhase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.getKind() == kind).findFirst();
    }

    /** The phase whose dates include the cohort's today, if any. */
    public Optional<CohortPhase> currentPhase(LocalDateTime nowUtc) {
        LocalDate today = today(nowUtc);
        return phases.stream().filter(p -> p.includes(today)).findFirst();
    }

    /** Refuses an action outside its phase, naming the phase and its dates. */
    public void requirePhase(PhaseKind kind, LocalDateTime nowUtc) {
        CohortPhase phase = phase(kind).orElseThrow(() -> new BusinessException("cohort.phase.missing", kind, name));
        if (!phase.includes(today(nowUtc))) {
            throw new BusinessException("cohort.phase.closed", kind, phase.getStartsOn(), phase.getEndsOn(), timeZone);
        }
    }

    /** Whether startups can still apply (the applications phase has not ended in the cohort's time zone). */
    public boolean isOpen(LocalDateTime nowUtc) {
        return phase(PhaseKind.APPLICATIONS).map(p -> !today(nowUtc).isAfter(p.getEndsOn())).orElse(false);
    }

    /** The key of this cohort's jury rounds in the evaluation context. */
    public String owner() {
        return "cohort:" + getId();
    }

    public Set<Person> getPitchJurors() {
        return pitchJurors;
    }

    public int getDemoSlotMinutes() {
        return demoSlotMinutes;
    }

    public void setDemoSlotMinutes(int demoSlotMinutes) {
        this.demoSlotMinutes = demoSlotMinutes;
    }

    public void addPhase(CohortPhase phase) {
        phases.add(phase);
    }

    public void removePhase(int index) {
        phases.remove(index);
    }

    @Override
    protected String auditSummary() {
        return programme.getName() + " / " + name;
    }

    public EligibilityRules getEligibility() {
        return eligibility == null ? new EligibilityRules(false, null, java.util.Map.of(), null, false) : eligibility;
    }

    public void setEligibility(EligibilityRules eligibility) {
        this.eligibility = eligibility;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<CohortPhase> getPhases() {
        return phases;
    }
}
