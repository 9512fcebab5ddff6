package org.govtechhub.mentoring;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The matching workflow: run the exact engine ({@link MentorMatcher}) over active mentors and
 * startups' needs, review and adjust the proposal (pin, remove, add — each checked), publish it,
 * and the mentors' answers. Existing published or accepted matches count against capacities;
 * conflicts, removed and declined pairs are never proposed.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class MatchingService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private MentoringService mentoring;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private NotificationService notifications;

    public MatchingRound createRound(@NotNull @Valid MatchingRound round) {
        round.weights();
        em.persist(round);
        return round;
    }

    public Optional<MatchingRound> latestRound() {
        return em.createNamedQuery("MatchingRound.latest", MatchingRound.class).setMaxResults(1).getResultStream().findFirst();
    }

    public MatchingRound round(Long id) {
        return CrudService.findById(em, MatchingRound.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

    public List<MentorMatch> matchesOf(MatchingRound round) {
        return em.createNamedQuery("MentorMatch.ofRound", MentorMatch.class).setParameter("round", round).getResultList();
    }

    /** Runs (or re-runs) the matching of a draft round; pinned pairs are kept, removed pairs stay out. */
    public MatchingRound run(Long roundId) {
        MatchingRound round = round(roundId);
        round.requireDraft();
        CompatibilityScorer.Weights weights = round.weights();
        List<MentorMatch> inRound = matchesOf(round);
        inRound.stream().filter(m -> m.getStatus() == MatchStatus.PROPOSED && !m.isPinned()).forEach(em::remove);
        em.flush();
        List<MentorProfile> mentors = mentoring.activeMentors();
        List<StartupNeeds> startups = mentoring.activeNeeds();
        List<MentorMatch> holding = em.createNamedQuery("MentorMatch.holding", MentorMatch.class).getResultList();
        Set<List<Long>> excluded = excludedPairs(inRound);

        int[] want = new int[startups.size()];
        int[] capacity = new int[mentors.size()];
        for (int s = 0; s < want.length; s++) {
            Organisation startup = startups.get(s).getStartup();
            want[s] = Math.max(0, startups.get(s).getMentorsWanted() - (int) holding.stream().filter(h -> h.getStartup().equals(startup)).count());
        }
        for (int m = 0; m < capacity.length; m++) {
            Person mentor = mentors.get(m).getPerson();
            capacity[m] = Math.max(0, mentors.get(m).getCapacity() - (int) holding.stream().filter(h -> h.getMentor().equals(mentor)).count());
        }
        Map<List<Integer>, Map<String, Integer>> breakdowns = new HashMap<>();
        MatchingProblem.Builder problem = MatchingProblem.builder(want, capacity).scores((s, m) -> {
            Map<String, Integer> points = CompatibilityScorer.breakdown(mentors.get(m), startups.get(s), weights);
            breakdowns.put(List.of(s, m), points);
            return CompatibilityScorer.score(points);
        });
        for (int s = 0; s < want.length; s++) {
            for (int m = 0; m < capacity.length; m++) {
                if (excluded.contains(pair(mentors.get(m).getPerson(), startups.get(s).getStartup()))
                        || !round.allows(mentors.get(m), startups.get(s))
                        || isOwnStartup(mentors.get(m).getPerson(), startups.get(s).getStartup())
                        || holds(holding, mentors.get(m).getPerson(), startups.get(s).getStartup())) {
                    problem.forbid(s, m);
                }
            }
        }
        for (MentorMatch pin : inRound) {
            if (pin.isPinned() && pin.getStatus() == MatchStatus.PROPOSED) {
                problem.pin(indexOf(startups, pin.getStartup()), indexOfMentor(mentors, pin.getMentor()));
            }
        }
        long started = System.nanoTime();
        MatchingResult result = MentorMatcher.solve(problem.build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Assignment a : result.assignments()) {
            if (!a.pinned()) {
                Map<String, Integer> points = breakdowns.get(List.of(a.startup(), a.mentor()));
                em.persist(new MentorMatch(round, mentors.get(a.mentor()).getPerson(), startups.get(a.startup()).getStartup(),
                        a.score(), describe(points), false));
            }
        }
        round.solved(Clock.now(), millis, result.certifyOptimal(), result.explanations().stream().map(e -> new MatchExplanation(
                startups.get(e.startup()).getStartup().getId(), e.mentor() < 0 ? null : mentors.get(e.mentor()).getPerson().getId(),
                e.score(), e.reason(), e.holders().stream().map(h -> startups.get(h).getStartup().getName())
                        .collect(Collectors.joining(", ")))).toList());
        return round;
    }

    public MentorMatch togglePin(Long matchId) {
        MentorMatch match = match(matchId);
        match.getRound().requireDraft();
        match.togglePin();
        return match;
    }

    public MentorMatch remove(Long matchId) {
        MentorMatch match = match(matchId);
        match.getRound().requireDraft();
        match.remove();
        return match;
    }

    /**
     * The manager adds a pair by hand (it is pinned); refused with the reason on conflict, full capacity
     * or a full startup. The mentor's profile row is locked first, so simultaneous additions cannot overfill them.
     */
    public MentorMatch add(Long roundId, Long mentorId, Long startupId) {
        MatchingRound round = round(roundId);
        round.requireDraft();
        Person mentor = people.get(mentorId);
        Organisation startup = organisations.get(startupId);
        MentorProfile found = mentoring.activeMentors().stream().filter(p -> p.getPerson().equals(mentor)).findFirst()
                .orElseThrow(() -> new BusinessException("mentoring.match.notAMentor", mentor.getFullName()));
        // two managers adding pairs for one mentor at once are served one after the other (row lock)
        MentorProfile profile = em.find(MentorProfile.class, found.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        StartupNeeds needs = mentoring.needsOf(startupId);
        List<MentorMatch> inRound = matchesOf(round).stream().filter(m -> m.getStatus() == MatchStatus.PROPOSED).toList();
        List<MentorMatch> holding = em.createNamedQuery("MentorMatch.holding", MentorMatch.class).getResultList();
        if (!round.allows(profile, needs)) {
            throw new BusinessException("mentoring.match.notFromDepartment", mentor.getFullName(), needs.getCustomerDepartment().getName());
        }
        if (isOwnStartup(mentor, startup) || mentoring.conflicts().stream()
                .anyMatch(c -> c.getMentor().equals(mentor) && c.getStartup().equals(startup))) {
            throw new BusinessException("mentoring.match.conflict", mentor.getFullName(), startup.getName());
        }
        if (inRound.stream().anyMatch(m -> m.getMentor().equals(mentor) && m.getStartup().equals(startup)) || holds(holding, mentor, startup)) {
            throw new BusinessException("mentoring.match.duplicate", mentor.getFullName(), startup.getName());
        }
        long used = inRound.stream().filter(m -> m.getMentor().equals(mentor)).count()
                + holding.stream().filter(m -> m.getMentor().equals(mentor)).count();
        if (used >= profile.getCapacity()) {
            throw new BusinessException("mentoring.match.mentorFull", mentor.getFullName(), profile.getCapacity());
        }
        long got = inRound.stream().filter(m -> m.getStartup().equals(startup)).count()
                + holding.stream().filter(m -> m.getStartup().equals(startup)).count();
        if (got >= needs.getMentorsWanted()) {
            throw new BusinessException("mentoring.match.startupFull", startup.getName(), needs.getMentorsWanted());
        }
        Map<String, Integer> points = CompatibilityScorer.breakdown(profile, needs, round.weights());
        MentorMatch match = new MentorMatch(round, mentor, startup, CompatibilityScorer.score(points), describe(points), true);
        em.persist(match);
        return match;
    }

    /** Publishes the proposal: mentors and founders are told. */
    public MatchingRound publish(Long roundId) {
        MatchingRound round = round(roundId);
        round.publish();
        for (MentorMatch match : matchesOf(round)) {
            if (match.getStatus() == MatchStatus.PROPOSED) {
                match.publish();
                notifications.notify(match.getMentor().getEmail(), "notification.mentoring.matchedMentor", match.getStartup().getName());
                founders(match.getStartup()).forEach(f -> notifications.notify(f.getEmail(),
                        "notification.mentoring.matchedStartup", match.getMentor().getFullName()));
            }
        }
        return round;
    }

    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public MentorMatch accept(String mentorEmail, Long matchId) {
        caller.requireSelf(mentorEmail);
        MentorMatch match = ownMatch(mentorEmail, matchId);
        match.accept();
        founders(match.getStartup()).forEach(f -> notifications.notify(f.getEmail(), "notification.mentoring.accepted",
                match.getMentor().getFullName()));
        return match;
    }

    /** A decline frees the startup for a later round, where this pair is not proposed again. */
    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public MentorMatch decline(String mentorEmail, Long matchId) {
        caller.requireSelf(mentorEmail);
        MentorMatch match = ownMatch(mentorEmail, matchId);
        match.decline();
        founders(match.getStartup()).forEach(f -> notifications.notify(f.getEmail(), "notification.mentoring.declined",
                match.getMentor().getFullName()));
        return match;
    }

    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public List<MentorMatch> ofMentor(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("MentorMatch.ofMentor", MentorMatch.class).setParameter("email", email).getResultList();
    }

    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public List<MentorMatch> ofStartup(Organisation startup) {
        return em.createNamedQuery("MentorMatch.ofStartup", MentorMatch.class).setParameter("startup", startup).getResultList();
    }

    private MentorMatch match(Long id) {
        return CrudService.findById(em, MentorMatch.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

    private MentorMatch ownMatch(String mentorEmail, Long matchId) {
        return CrudService.findById(em, MentorMatch.class, matchId).filter(m -> m.getMentor().getEmail().equals(mentorEmail))
                .orElseThrow(() -> BusinessException.notFound(matchId));
    }

    private List<Person> founders(Organisation startup) {
        return people.membersWithRole(startup, Role.STARTUP);
    }

    /** Declared conflicts, pairs removed in this round, pairs a mentor declined or a startup ended: never proposed. */
    private Set<List<Long>> excludedPairs(List<MentorMatch> inRound) {
        Set<List<Long>> excluded = new HashSet<>();
        mentoring.conflicts().forEach(c -> excluded.add(pair(c.getMentor(), c.getStartup())));
        inRound.stream().filter(m -> m.getStatus() == MatchStatus.REMOVED).forEach(m -> excluded.add(pair(m.getMentor(), m.getStartup())));
        em.createQuery("SELECT m FROM MentorMatch m WHERE m.status IN (org.govtechhub.mentoring.MatchStatus.DECLINED,"
                        + " org.govtechhub.mentoring.MatchStatus.ENDED)", MentorMatch.class)
                .getResultList().forEach(m -> excluded.add(pair(m.getMentor(), m.getStartup())));
        return excluded;
    }

    private static List<Long> pair(Person mentor, Organisation startup) {
        return List.of(mentor.getId(), startup.getId());
    }

    private static boolean isOwnStartup(Person mentor, Organisation startup) {
        return mentor.getOrganisation() != null && Objects.equals(mentor.getOrganisation().getId(), startup.getId());
    }

    private static boolean holds(List<MentorMatch> holding, Person mentor, Organisation startup) {
        return holding.stream().anyMatch(h -> h.getMentor().equals(mentor) && h.getStartup().equals(startup));
    }

    private static int indexOf(List<StartupNeeds> startups, Organisation startup) {
        for (int i = 0; i < startups.size(); i++) {
            if (startups.get(i).getStartup().equals(startup)) {
                return i;
            }
        }
        throw new BusinessException("mentoring.match.pinGone", startup.getName());
    }

    private static int indexOfMentor(List<MentorProfile> mentors, Person mentor) {
        for (int i = 0; i < mentors.size(); i++) {
            if (mentors.get(i).getPerson().equals(mentor)) {
                return i;
            }
        }
        throw new BusinessException("mentoring.match.pinGone", mentor.getFullName());
    }

    private static String describe(Map<String, Integer> points) {
        return points.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
