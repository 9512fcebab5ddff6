package org.govtechhub.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pitch day and demo day of a cohort. The pitch jury scores the shortlisted startups with the evaluation context's
 * rounds, scoresheets, conflicts and per-juror normalisation (owner {@code cohort:ID}), exactly as award juries do;
 * the ranking proposes whom to accept within the cohort's capacity and the challenges' team limits, and the manager
 * confirms it. The accepted startups then pitch on demo day in the agenda's order.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class PitchService {

    /** Demo day starts at this local time in the cohort's time zone. */
    public static final LocalTime DEMO_DAY_START = LocalTime.of(10, 0);

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ApplicationService applications;

    @EJB
    private PersonService people;

    @EJB
    private JuryService jury;

    // --- the jury ---------------------------------------------------------------------------------------------------

    public List<Person> jurors(Long cohortId) {
        return programmes.cohort(cohortId).getPitchJurors().stream().sorted(Comparator.comparing(Person::getFullName)).toList();
    }

    /** Adds a person with the juror role to the pitch jury, before scoring opens; returns them. */
    public Person addJuror(Long cohortId, String email) {
        Cohort cohort = programmes.cohort(cohortId);
        round(cohort).ifPresent(EvaluationRound::requireSetup);
        Person person = people.findByEmail(email == null ? "" : email.trim())
                .filter(p -> p.hasRole(Role.JUROR) && p.isActive())
                .orElseThrow(() -> new BusinessException("cohort.pitch.notAJuror", email));
        if (!cohort.getPitchJurors().add(person)) {
            throw new BusinessException("cohort.pitch.jurorTwice", person.getFullName());
        }
        return person;
    }

    public Cohort removeJuror(Long cohortId, Long personId) {
        Cohort cohort = programmes.cohort(cohortId);
        round(cohort).ifPresent(EvaluationRound::requireSetup);
        cohort.getPitchJurors().removeIf(p -> p.getId().equals(personId));
        return cohort;
    }

    // --- the round --------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.JUROR, Roles.SYSTEM})
    public Optional<EvaluationRound> round(Cohort cohort) {
        return jury.rounds(cohort.owner()).stream().findFirst();
    }

    /** Sets the pitch criteria (weights summing to 100) while the round is being set up. */
    public EvaluationRound setCriteria(Long cohortId, List<RoundCriterion> criteria, boolean trimmedMean) {
        Cohort cohort = programmes.cohort(cohortId);
        Optional<EvaluationRound> round = round(cohort);
        return round.isPresent() ? jury.updateCriteria(round.get().getId(), criteria, trimmedMean)
                : jury.createRound(cohort.owner(), 1, trimmedMean, criteria);
    }

    /**
     * Opens scoring: the shortlisted applications are frozen as the round's subjects and every juror scores every
     * startup, except where they work for it or declared a conflict.
     */
    public EvaluationRound openScoring(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        EvaluationRound round = round(cohort).orElseThrow(() -> new BusinessException("cohort.pitch.noCriteria"));
        if (cohort.getPitchJurors().isEmpty()) {
            throw new BusinessException("cohort.pitch.noJurors");
        }
        List<Application> shortlisted = inStatuses(cohort, EnumSet.of(ApplicationStatus.SHORTLISTED));
        List<DeclaredConflict> declared = jury.conflicts(cohort.owner());
        List<Person> jurors = jurors(cohortId);
        List<JuryService.Assignment> assignments = new ArrayList<>();
        for (Application application : shortlisted) {
            for (Person juror : jurors) {
                if (conflict(juror, application, declared).isEmpty()) {
                    assignments.add(new JuryService.Assignment(juror, application.getId(), 0, application.getChallenge().getTitle()));
                }
            }
        }
        return jury.open(round.getId(), shortlisted.stream().map(Application::getId).toList(), assignments);
    }

    /** Why this juror may not score this startup, if they may not: they work for it, or declared a conflict. */
    static Optional<ConflictType> conflict(Person juror, Application application, List<DeclaredConflict> declared) {
        if (application.getStartup().equals(juror.getOrganisation())) {
            return Optional.of(ConflictType.SAME_ORGANISATION);
        }
        return declared.stream().filter(c -> c.getJuror().equals(juror) && c.getSubjectId() == application.getId())
                .map(DeclaredConflict::getKind).findFirst();
    }

    /**
     * Closes scoring; the startups that were scored (at least one submitted sheet that is not recused, so they are in
     * the ranking) have pitched. One that no juror scored stays shortlisted for the manager to decide: were it moved
     * to pitched, {@link #acceptByRanking} would neither accept nor waitlist it.
     */
    public EvaluationRound closeScoring(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        EvaluationRound round = jury.close(requireRound(cohort).getId());
        Set<Long> scored = jury.ranking(round).stream().map(RankedEntry::entryId).collect(Collectors.toSet());
        LocalDateTime now = Clock.now();
        inStatuses(cohort, EnumSet.of(ApplicationStatus.SHORTLISTED)).stream().filter(a -> scored.contains(a.getId()))
                .forEach(a -> a.moveTo(ApplicationStatus.PITCHED, now));
        return round;
    }

    public int remind(Long cohortId) {
        return jury.remind(requireRound(programmes.cohort(cohortId)).getId());
    }

    /** A startup's place in the pitch ranking, and whether the ranking proposes to accept it. */
    public record PitchStanding(int rank, Application application, RankedEntry ranked, boolean proposed) {
    }

    /**
     * The ranking of the pitches (per-juror normalised, as for the awards) and the proposal: in ranking order, each
     * startup that still fits the cohort's capacity and its challenge's teams is proposed for acceptance.
     */
    public List<PitchStanding> standings(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        EvaluationRound round = requireRound(cohort);
        Map<Long, Application> byId = inStatuses(cohort, EnumSet.of(ApplicationStatus.SHORTLISTED, ApplicationStatus.PITCHED,
                ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED)).stream()
                .collect(Collectors.toMap(Application::getId, a -> a));
        List<Application> accepted = byId.values().stream().filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED).toList();
        long places = cohort.getCapacity() - accepted.size();
        Map<Challenge, Integer> teamsLeft = new HashMap<>();
        List<PitchStanding> standings = new ArrayList<>();
        for (RankedEntry ranked : jury.ranking(round)) {
            Application application = byId.get(ranked.entryId());
            if (application == null) {
                continue;
            }
            Challenge challenge = application.getChallenge();
            int left = teamsLeft.computeIfAbsent(challenge, c -> c.teamsAllowed(ApplicationService.firstTeamPhase(cohort))
                    - (int) accepted.stream().filter(a -> a.getChallenge().equals(c)).count());
            boolean proposed = application.getStatus() == ApplicationStatus.ACCEPTED;
            if (!proposed && (application.getStatus() == ApplicationStatus.PITCHED || application.getStatus() == ApplicationStatus.WAITLISTED)
                    && places > 0 && left > 0) {
                proposed = true;
                places--;
                teamsLeft.put(challenge, left - 1);
            }
            standings.add(new PitchStanding(standings.size() + 1, application, ranked, proposed));
        }
        return standings;
    }

    /**
     * The manager confirms the ranking's proposal once scoring has closed: the proposed startups are accepted (each
     * through the funnel's own checks, the cohort row locked), the other pitched ones waitlisted; the agenda of demo
     * day follows the ranking. Returns how many were accepted.
     */
    public int acceptByRanking(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        requireRound(cohort).requireClosed();
        int accepted = 0;
        int position = (int) inStatuses(cohort, EnumSet.of(ApplicationStatus.ACCEPTED)).stream()
                .filter(a -> a.getDemoPosition() != null).count();
        for (PitchStanding standing : standings(cohortId)) {
            Application application = standing.application();
            if (application.getStatus() != ApplicationStatus.PITCHED && application.getStatus() != ApplicationStatus.WAITLISTED) {
                continue;
            }
            if (standing.proposed()) {
                applications.move(application.getId(), ApplicationStatus.ACCEPTED).setDemoPosition(++position);
                accepted++;
            } else if (application.getStatus() == ApplicationStatus.PITCHED) {
                applications.move(application.getId(), ApplicationStatus.WAITLISTED);
            }
        }
        return accepted;
    }

    /** A juror of this cohort declares a conflict with a shortlisted startup; their sheets for it are recused. */
    @RolesAllowed(Roles.SYSTEM)
    public DeclaredConflict declareConflict(Long applicationId, String email, ConflictType kind, String reason) {
        Application application = applications.get(applicationId);
        return jury.declareAsJuror(application.getChallenge().getCohort().owner(), applicationId, email, kind, reason);
    }

    // --- demo day ---------------------------------------------------------------------------------------------------

    /** A pitch on the demo-day agenda: its place, the startup's application and, when demo day has dates, its time. */
    public record AgendaSlot(int position, Application application, LocalDateTime startsAt) {
    }

    /** The accepted startups in pitching order, each with its local start time on the first day of demo day. */
    public List<AgendaSlot> agenda(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        List<Application> order = demoDayOrder(cohort);
        Optional<LocalDateTime> start = cohort.phase(PhaseKind.DEMO_DAY).map(p -> p.getStartsOn().atTime(DEMO_DAY_START));
        List<AgendaSlot> agenda = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int offset = i * cohort.getDemoSlotMinutes();
            agenda.add(new AgendaSlot(i + 1, order.get(i), start.map(s -> s.plusMinutes(offset)).orElse(null)));
        }
        return agenda;
    }

    /** Moves a pitch one place earlier (or later) on the agenda; the others keep their order. */
    public List<AgendaSlot> moveInAgenda(Long cohortId, Long applicationId, boolean earlier) {
        Cohort cohort = programmes.cohort(cohortId);
        List<Application> order = new ArrayList<>(demoDayOrder(cohort));
        int index = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getId().equals(applicationId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw BusinessException.notFound(applicationId);
        }
        int other = earlier ? index - 1 : index + 1;
        if (other >= 0 && other < order.size()) {
            order.add(other, order.remove(index));
        }
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setDemoPosition(i + 1);
        }
        return agenda(cohortId);
    }

    public Cohort setDemoSlotMinutes(Long cohortId, int minutes) {
        if (minutes < 1 || minutes > 120) {
            throw new BusinessException("cohort.demoDay.slotMinutes", 1, 120);
        }
        Cohort cohort = programmes.cohort(cohortId);
        cohort.setDemoSlotMinutes(minutes);
        return cohort;
    }

    /** The accepted applications as placed on the agenda; those not placed yet follow in the order of acceptance. */
    private List<Application> demoDayOrder(Cohort cohort) {
        return em.createNamedQuery("Application.demoDay", Application.class).setParameter("cohort", cohort).getResultList().stream()
                .sorted(Comparator.comparing((Application a) -> a.getDemoPosition() == null ? Integer.MAX_VALUE : a.getDemoPosition()))
                .toList();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.JUROR, Roles.SYSTEM})
    public List<Application> inStatuses(Cohort cohort, EnumSet<ApplicationStatus> statuses) {
        return em.createNamedQuery("Application.ofCohortInStatuses", Application.class).setParameter("cohort", cohort)
                .setParameter("statuses", statuses).getResultList();
    }

    private EvaluationRound requireRound(Cohort cohort) {
        EvaluationRound round = round(cohort).orElseThrow(() -> new BusinessException("cohort.pitch.noCriteria"));
        if (round.getStatus() == RoundStatus.SETUP) {
            throw new BusinessException("evaluation.round.notScoring", round.getNumber());
        }
        return round;
    }
}
