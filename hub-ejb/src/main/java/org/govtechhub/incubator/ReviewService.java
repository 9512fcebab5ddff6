package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryAssignment;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.mentoring.Assignment;
import org.govtechhub.mentoring.MatchingProblem;
import org.govtechhub.mentoring.MatchingResult;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Expert evaluations of the catalogue's projects. Experts declare their expertise and load; the manager invites them
 * as the evaluation context's jury assignment proposes (most reviews, then best fit, loads balanced, conflicts never:
 * the same organisation as the project, its owner, or declared); experts score and comment in their own scoresheet of
 * the project's round and recommend; a manager releases each review, which then counts in the project's public rating;
 * the project's owner may answer each released review once.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class ReviewService extends CrudService<ExpertReview> {

    @EJB
    private Caller caller;

    /** The most projects one proposal covers, the longest-waiting first. */
    static final int PLAN_SIZE = 100;

    @EJB
    private JuryService jury;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public ReviewService() {
        super(ExpertReview.class);
    }

    /** The round key of a project's reviews in the evaluation context. */
    static String owner(Project project) {
        return "incubator-project:" + project.getId();
    }

    // --- experts ------------------------------------------------------------------------------------------------

    /** The expert's declared expertise, if they declared any. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.EXPERT, Roles.SYSTEM})
    public Optional<ExpertProfile> profile(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("ExpertProfile.ofPerson", ExpertProfile.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** An expert declares (or changes) their sectors, the needs they can judge and how many reviews they take at once. */
    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public ExpertProfile declareExpertise(String email, Set<Sector> sectors, Set<Need> needs, int capacity, String biography) {
        caller.requireSelf(email);
        Person expert = people.findByEmail(email).filter(p -> p.hasRole(Role.EXPERT)).orElseThrow(() -> BusinessException.notFound(email));
        ExpertProfile profile = profile(email).orElseGet(() -> new ExpertProfile(expert));
        profile.declare(sectors, needs, capacity, biography);
        return store(profile);
    }

    private ExpertProfile store(ExpertProfile profile) {
        if (profile.getId() == null) {
            em.persist(profile);
            return profile;
        }
        return em.merge(profile);
    }

    /** Active experts who declared their expertise, by name. */
    public List<ExpertProfile> experts() {
        return em.createNamedQuery("ExpertProfile.active", ExpertProfile.class).setParameter("role", Role.EXPERT).getResultList();
    }

    /** Reviews each expert has open (invited, in draft, submitted and not yet released), by expert's person id. */
    public Map<Long, Integer> openLoads() {
        Map<Long, Integer> loads = new HashMap<>();
        for (ExpertReview review : em.createNamedQuery("ExpertReview.open", ExpertReview.class).getResultList()) {
            loads.merge(review.getExpert().getId(), 1, Integer::sum);
        }
        return loads;
    }

    // --- the manager's proposal and invitations -------------------------------------------------------------------

    /** An expert for a project, the affinity 0..100 that put them there, and what of the project they know. */
    public record Pair(Project project, ExpertProfile expert, int affinity, boolean sector, Set<Need> needs) implements java.io.Serializable {
    }

    /** A project that gets {@code got} of the {@code wanted} new reviewers; {@code eligible} experts had no conflict. */
    public record Shortfall(Project project, int wanted, int got, int eligible) implements java.io.Serializable {
    }

    /** The proposal: pairs by project, each expert's load after it, shortfalls, and whether the optimum is certified. */
    public record Plan(List<Pair> pairs, Map<String, Integer> loads, List<Shortfall> shortfalls, boolean optimal) implements java.io.Serializable {
    }

    /**
     * Published projects with fewer than {@code reviewers} reviews (recusals not counted), of one sector or any, the
     * longest-published first, at most {@value #PLAN_SIZE}.
     */
    public List<Project> waitingForReviews(int reviewers, Sector sector) {
        return em.createNamedQuery("Project.needingReviews", Project.class).setParameter("status", ProjectStatus.PUBLISHED)
                .setParameter("reviewers", (long) reviewers).setParameter("sector", sector).setMaxResults(PLAN_SIZE).getResultList();
    }

    /**
     * Proposes experts for these published projects, or, when none are chosen, for all those waiting for reviews:
     * each gets up to {@code reviewers} reviews (recusals not counted) by the evaluation context's jury assignment, each
     * expert held to the reviews they still take, no expert for a project of their own organisation, their own, one they
     * declared a conflict with or one they already review.
     */
    public Plan plan(int reviewers, List<Long> chosen) {
        if (reviewers < 1 || reviewers > MatchingProblem.MAX_WANT) {
            throw new BusinessException("incubator.review.reviewersRange", 1, MatchingProblem.MAX_WANT);
        }
        List<ExpertProfile> experts = experts();
        if (experts.isEmpty()) {
            throw new BusinessException("incubator.expert.none");
        }
        List<Project> projects = chosen == null || chosen.isEmpty() ? waitingForReviews(reviewers, null)
                : chosen.stream().distinct().map(id -> em.find(Project.class, id)).filter(p -> p != null && p.isPublished()).toList();
        if (projects.isEmpty()) {
            throw new BusinessException("incubator.review.nothingToPlan", reviewers);
        }
        Map<Long, Set<Long>> reviewing = new HashMap<>();   // project id → expert person ids, recusals included
        Map<Long, Integer> active = new HashMap<>();         // project id → reviews that count
        List<Long> ids = projects.stream().map(Project::getId).toList();
        for (ExpertReview review : em.createNamedQuery("ExpertReview.allOf", ExpertReview.class).setParameter("projects", ids).getResultList()) {
            reviewing.computeIfAbsent(review.getProject().getId(), k -> new HashSet<>()).add(review.getExpert().getId());
            if (review.status() != ReviewStatus.RECUSED) {
                active.merge(review.getProject().getId(), 1, Integer::sum);
            }
        }
        Set<String> declared = declaredConflicts();
        Map<Long, Integer> loads = openLoads();
        int nP = projects.size();
        int nE = experts.size();
        boolean[][] forbidden = new boolean[nP][nE];
        int[] want = new int[nP];
        int[] eligible = new int[nP];
        int[] wanted = new int[nP];
        for (int p = 0; p < nP; p++) {
            Project project = projects.get(p);
            for (int e = 0; e < nE; e++) {
                Person expert = experts.get(e).getPerson();
                forbidden[p][e] = conflicted(project, expert, declared)
                        || reviewing.getOrDefault(project.getId(), Set.of()).contains(expert.getId());
                eligible[p] += forbidden[p][e] ? 0 : 1;
            }
            wanted[p] = reviewers - active.getOrDefault(project.getId(), 0);
            want[p] = Math.max(0, Math.min(wanted[p], eligible[p]));
        }
        int[] limits = new int[nE];
        for (int e = 0; e < nE; e++) {
            limits[e] = Math.max(0, experts.get(e).getCapacity() - loads.getOrDefault(experts.get(e).getPerson().getId(), 0));
        }
        JuryAssignment.Result solved = JuryAssignment.solve(want, limits, forbidden, (p, e) -> experts.get(e).affinity(projects.get(p)));
        MatchingResult result = solved.matching();
        List<Pair> pairs = new ArrayList<>();
        Map<String, Integer> after = new LinkedHashMap<>();
        experts.forEach(x -> after.put(x.getPerson().getFullName(), loads.getOrDefault(x.getPerson().getId(), 0)));
        int[] got = new int[nP];
        for (Assignment a : result.assignments()) {
            Project project = projects.get(a.startup());
            ExpertProfile expert = experts.get(a.mentor());
            pairs.add(new Pair(project, expert, a.score(), expert.knowsSector(project), expert.sharedNeeds(project)));
            after.merge(expert.getPerson().getFullName(), 1, Integer::sum);
            got[a.startup()]++;
        }
        pairs.sort((x, y) -> x.project().getId().equals(y.project().getId())
                ? x.expert().getPerson().getFullName().compareTo(y.expert().getPerson().getFullName())
                : Integer.compare(ids.indexOf(x.project().getId()), ids.indexOf(y.project().getId())));
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int p = 0; p < nP; p++) {
            if (got[p] < wanted[p]) {
                shortfalls.add(new Shortfall(projects.get(p), wanted[p], got[p], eligible[p]));
            }
        }
        return new Plan(pairs, after, shortfalls, result.certifyOptimal());
    }

    /** "projectId:personId" of every conflict an expert declared with a project. */
    private Set<String> declaredConflicts() {
        return em.createNamedQuery("DeclaredConflict.ofOwnerPrefix", DeclaredConflict.class).setParameter("prefix", "incubator-project:%")
                .getResultStream().map(c -> c.getOwner().substring("incubator-project:".length()) + ":" + c.getJuror().getId())
                .collect(Collectors.toSet());
    }

    /** The expert may not review the project: it is theirs, or their organisation's, or they declared a conflict. */
    static boolean conflicted(Project project, Person expert, Set<String> declared) {
        if (project.isEditableBy(expert) || declared.contains(project.getId() + ":" + expert.getId())) {
            return true;
        }
        return expert.getOrganisation() != null && project.getOwner().getOrganisation() != null
                && expert.getOrganisation().equals(project.getOwner().getOrganisation());
    }

    /** Invites the experts as proposed now, and tells each expert once how many projects they are asked to review. */
    public int inviteAsProposed(int reviewers, List<Long> chosen) {
        Plan plan = plan(reviewers, chosen);
        Map<Project, List<Pair>> byProject = new LinkedHashMap<>();
        plan.pairs().forEach(p -> byProject.computeIfAbsent(p.project(), k -> new ArrayList<>()).add(p));
        Map<String, Integer> perExpert = new TreeMap<>();
        byProject.forEach((project, pairs) -> {
            invite(project, pairs.stream().map(p -> new JuryService.Assignment(p.expert().getPerson(), project.getId(), p.affinity(),
                    note(p))).toList());
            pairs.forEach(p -> perExpert.merge(p.expert().getPerson().getEmail(), 1, Integer::sum));
        });
        perExpert.forEach((email, count) -> notifications.notify(email, "notification.incubator.reviewInvited", count));
        return plan.pairs().size();
    }

    /**
     * A manager invites one expert to one published project, outside a proposal: refused when they are in conflict with
     * it, already review it or have no capacity left.
     */
    public ExpertReview invite(Long projectId, String expertEmail) {
        Project project = Optional.ofNullable(em.find(Project.class, projectId)).filter(Project::isPublished)
                .orElseThrow(() -> BusinessException.notFound(projectId));
        ExpertProfile expert = profile(expertEmail).filter(x -> x.getPerson().hasRole(Role.EXPERT))
                .orElseThrow(() -> BusinessException.notFound(expertEmail));
        Person person = expert.getPerson();
        boolean reviewsIt = em.createNamedQuery("ExpertReview.allOf", ExpertReview.class).setParameter("projects", List.of(projectId))
                .getResultStream().anyMatch(r -> r.getExpert().equals(person));
        if (reviewsIt || conflicted(project, person, declaredConflicts())) {
            throw new BusinessException("incubator.review.conflicted", person.getFullName(), project.getName());
        }
        if (openLoads().getOrDefault(person.getId(), 0) >= expert.getCapacity()) {
            throw new BusinessException("incubator.review.atCapacity", person.getFullName(), expert.getCapacity());
        }
        Pair pair = new Pair(project, expert, expert.affinity(project), expert.knowsSector(project), expert.sharedNeeds(project));
        ExpertReview review = invite(project, List.of(new JuryService.Assignment(person, project.getId(), pair.affinity(), note(pair)))).get(0);
        notifications.notify(expertEmail, "notification.incubator.reviewInvited", 1);
        return review;
    }

    private static String note(Pair pair) {
        List<String> shared = new ArrayList<>();
        if (pair.sector()) {
            shared.add(pair.project().getSector().name());
        }
        pair.needs().forEach(n -> shared.add(n.name()));
        return String.join(", ", shared);
    }

    /** The project's round (created and opened on the first invitation), its new sheets and their reviews, returned. */
    private List<ExpertReview> invite(Project project, List<JuryService.Assignment> assignments) {
        EvaluationRound round = jury.rounds(owner(project)).stream().findFirst()
                .orElseGet(() -> jury.createRound(owner(project), 1, ReviewCriterion.roundCriteria(), ReviewCriterion.HIGHEST));
        if (round.getStatus() == RoundStatus.SETUP) {
            jury.open(round.getId(), Set.of(project.getId()), List.of());
        }
        List<ExpertReview> reviews = new ArrayList<>();
        for (Scoresheet sheet : jury.assign(round.getId(), assignments)) {
            ExpertReview review = new ExpertReview(project, sheet);
            em.persist(review);
            reviews.add(review);
        }
        return reviews;
    }

    // --- the expert's side ----------------------------------------------------------------------------------------

    /** The expert's reviews, newest first, recusals included. */
    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public List<ExpertReview> reviewsOf(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("ExpertReview.ofExpert", ExpertReview.class).setParameter("email", email).getResultList();
    }

    /** The expert's own review; anyone else's, or an unknown id, is "not found". */
    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public ExpertReview reviewFor(Long id, String email) {
        caller.requireSelf(email);
        return find(id).filter(r -> r.getExpert().getEmail().equalsIgnoreCase(email)).orElseThrow(() -> BusinessException.notFound(id));
    }

    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public ExpertReview saveDraft(Long id, String email, Map<ReviewCriterion, Integer> scores, Map<ReviewCriterion, String> comments,
                                  Recommendation recommendation, boolean anonymous) {
        caller.requireSelf(email);
        ExpertReview review = reviewFor(id, email);
        review.saveDraft(scores, comments, recommendation, anonymous, Clock.now());
        return review;
    }

    /** The expert submits; every program manager is told there is a review to release. */
    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public ExpertReview submit(Long id, String email, Map<ReviewCriterion, Integer> scores, Map<ReviewCriterion, String> comments,
                               Recommendation recommendation, boolean anonymous) {
        caller.requireSelf(email);
        ExpertReview review = reviewFor(id, email);
        review.submit(scores, comments, recommendation, anonymous, Clock.now());
        people.withRole(Role.PROGRAM_MANAGER).forEach(m -> notifications.notify(m.getEmail(), "notification.incubator.reviewSubmitted",
                review.getProject().getName()));
        return review;
    }

    /** The expert steps back from a project (a conflict of interest): their review no longer counts and is never published. */
    @RolesAllowed({Roles.EXPERT, Roles.SYSTEM})
    public void declareConflict(Long id, String email, ConflictType kind, String reason) {
        caller.requireSelf(email);
        ExpertReview review = reviewFor(id, email);
        if (kind == null || !kind.isDeclarable()) {
            throw new BusinessException("incubator.review.conflictKind");
        }
        if (review.status() == ReviewStatus.RELEASED) {
            throw new BusinessException("incubator.review.final");
        }
        jury.declare(owner(review.getProject()), email, review.getProject().getId(), kind, reason);
    }

    // --- the managers' release ------------------------------------------------------------------------------------

    /** Submitted reviews waiting for a manager, the oldest first. */
    public List<ExpertReview> awaitingRelease() {
        return em.createNamedQuery("ExpertReview.awaitingRelease", ExpertReview.class).getResultList();
    }

    /**
     * A manager releases a submitted review: it is public from now on and counts in the project's rating (the project's
     * row is locked first, so two releases at once both count). The expert and the project's owner are told.
     */
    public ExpertReview release(Long id, String managerEmail) {
        caller.requireSelf(managerEmail);
        ExpertReview review = get(id);
        em.lock(review.getProject(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(review.getProject());
        review.release(managerEmail, Clock.now());
        notifications.notify(review.getExpert().getEmail(), "notification.incubator.reviewReleased", review.getProject().getName());
        notifications.notify(review.getProject().getOwner().getEmail(), "notification.incubator.reviewPublished", review.getProject().getName());
        return review;
    }

    /** Every review of a project, for the managers, in invitation order. */
    @RolesAllowed(Roles.SYSTEM)
    public List<ExpertReview> ofProject(Long projectId) {
        Project project = Objects.requireNonNull(em.find(Project.class, projectId), "project");
        return em.createNamedQuery("ExpertReview.ofProject", ExpertReview.class).setParameter("project", project).getResultList();
    }

    // --- the public and the founder --------------------------------------------------------------------------------

    /** A published project's released reviews, newest first. */
    @PermitAll
    public List<ExpertReview> released(Project project) {
        return em.createNamedQuery("ExpertReview.releasedOf", ExpertReview.class).setParameter("project", project).getResultList();
    }

    /** The project's owner (or someone of its startup) answers a released review, once; anyone else gets "not found". */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public ExpertReview answer(Long id, String email, String text) {
        caller.requireSelf(email);
        ExpertReview review = get(id);
        Person person = people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(id));
        if (!review.getProject().isEditableBy(person) || review.status() != ReviewStatus.RELEASED) {
            throw BusinessException.notFound(id);
        }
        review.answer(text, Clock.now());
        notifications.notify(review.getExpert().getEmail(), "notification.incubator.reviewAnswered", review.getProject().getName());
        return review;
    }

    /** Mean score per criterion of a project's released reviews (criteria without a released score are left out). */
    @PermitAll
    public Map<ReviewCriterion, Double> criterionMeans(Project project) {
        Map<ReviewCriterion, Double> means = new java.util.EnumMap<>(ReviewCriterion.class);
        for (Object[] row : em.createNamedQuery("ExpertReview.criterionMeans", Object[].class).setParameter("project", project).getResultList()) {
            means.put(ReviewCriterion.valueOf((String) row[0]), Math.round(10.0 * ((Number) row[1]).doubleValue()) / 10.0);
        }
        return means;
    }
}
