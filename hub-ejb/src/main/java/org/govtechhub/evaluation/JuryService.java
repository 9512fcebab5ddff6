package org.govtechhub.evaluation;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditTrail;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The jury's use cases, for any owner (award editions, cohort pitch days): rounds and their criteria, the
 * scoresheets jurors fill in, conflicts they declare, progress and reminders, and the ranking
 * ({@link ScoreAggregator}). A juror reaches a sheet only through their own, un-recused assignment.
 */
@Stateless
@RolesAllowed({Roles.JUROR, Roles.SYSTEM})
public class JuryService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    @Inject
    @Any
    private Instance<SubjectCatalogue> catalogues;

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public EvaluationRound round(Long id) {
        return CrudService.findById(em, EvaluationRound.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.SYSTEM})
    public List<EvaluationRound> rounds(String owner) {
        return em.createNamedQuery("EvaluationRound.ofOwner", EvaluationRound.class).setParameter("owner", owner).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public EvaluationRound createRound(String owner, int number, boolean trimmedMean, List<RoundCriterion> criteria) {
        EvaluationRound round = new EvaluationRound(owner, number, trimmedMean, criteria);
        em.persist(round);
        return round;
    }

    /** A round on a shorter scale than the juries' 1..10, for instance the incubator's 1..5 reviews. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public EvaluationRound createRound(String owner, int number, List<RoundCriterion> criteria, int scaleMax) {
        EvaluationRound round = new EvaluationRound(owner, number, criteria, scaleMax);
        em.persist(round);
        return round;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public EvaluationRound updateCriteria(Long roundId, List<RoundCriterion> criteria, boolean trimmedMean) {
        EvaluationRound round = round(roundId);
        round.replaceCriteria(criteria);
        round.setTrimmedMean(trimmedMean);
        return round;
    }

    /**
     * Opens scoring with these entries (frozen from now on) and these juror assignments, and tells each juror how
     * many entries they score. The round row is locked first, so two managers opening it at once cannot both succeed.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public EvaluationRound open(Long roundId, Collection<Long> subjects, List<Assignment> assignments) {
        em.flush();  // a round created in this transaction is written first, so that the lock finds it
        EvaluationRound round = em.find(EvaluationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw BusinessException.notFound(roundId);
        }
        round.open(subjects, Clock.now());
        Map<String, Integer> perJuror = new TreeMap<>();
        for (Assignment assignment : assignments) {
            em.persist(new Scoresheet(round, assignment.juror(), assignment.subjectId(), assignment.affinity(), assignment.note()));
            perJuror.merge(assignment.juror().getEmail(), 1, Integer::sum);
        }
        // one notification per juror, however many entries they score
        perJuror.forEach((email, count) -> notifications.notify(email, "notification.evaluation.assigned", round.getNumber(), count));
        return round;
    }

    /**
     * Adds jurors to a round already being scored, for entries it holds (the incubator invites experts to a project
     * while earlier reviews are under way). A juror who already has a sheet for an entry, or an entry the round does
     * not hold, is refused; telling the jurors is the owning context's business.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Scoresheet> assign(Long roundId, List<Assignment> assignments) {
        em.flush();  // a round created in this transaction is written first, so that the lock finds it
        EvaluationRound round = em.find(EvaluationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw BusinessException.notFound(roundId);
        }
        round.requireScoring();
        List<Scoresheet> existing = sheets(round);
        List<Scoresheet> added = new ArrayList<>();
        for (Assignment assignment : assignments) {
            if (!round.includes(assignment.subjectId())) {
                throw BusinessException.notFound(assignment.subjectId());
            }
            boolean assignedBefore = java.util.stream.Stream.concat(existing.stream(), added.stream())
                    .anyMatch(s -> s.getSubjectId() == assignment.subjectId() && s.getJuror().equals(assignment.juror()));
            if (assignedBefore) {
                throw new BusinessException("evaluation.sheet.duplicate", assignment.juror().getFullName());
            }
            Scoresheet sheet = new Scoresheet(round, assignment.juror(), assignment.subjectId(), assignment.affinity(), assignment.note());
            em.persist(sheet);
            added.add(sheet);
        }
        return added;
    }

    /** A juror for an entry, with the affinity that put them there and its explanation. */
    public record Assignment(Person juror, long subjectId, int affinity, String note) {
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<Scoresheet> sheets(EvaluationRound round) {
        return em.createNamedQuery("Scoresheet.ofRound", Scoresheet.class).setParameter("round", round).getResultList();
    }

    /** The juror's sheets in rounds being scored, recusals included (they show as recused). */
    public List<Scoresheet> openSheetsOf(String email) {
        return em.createNamedQuery("Scoresheet.ofJuror", Scoresheet.class).setParameter("email", email).getResultList();
    }

    /** The juror's own sheet; someone else's, a recused one or an unknown id are all "not found". */
    public Scoresheet sheetFor(Long sheetId, String email) {
        return CrudService.findById(em, Scoresheet.class, sheetId)
                .filter(s -> s.getJuror().getEmail().equalsIgnoreCase(email) && s.getStatus() != SheetStatus.RECUSED)
                .orElseThrow(() -> BusinessException.notFound(sheetId));
    }

    /** Whether the juror holds an un-recused sheet for this entry in one of the owner's rounds. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.SYSTEM})
    public boolean isAssigned(String owner, String email, long subjectId) {
        return sheetsOf(owner, email, subjectId).stream().anyMatch(s -> s.getStatus() != SheetStatus.RECUSED);
    }

    /** The juror's sheets for one entry in all of the owner's rounds, recused ones included. */
    private List<Scoresheet> sheetsOf(String owner, String email, long subjectId) {
        return em.createNamedQuery("Scoresheet.ofJurorAndSubject", Scoresheet.class).setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setParameter("subject", subjectId).setParameter("owner", owner).getResultList();
    }

    // --- the juror's side, for every context that owns rounds ----------------------------------------------------

    /** A juror's scoresheet with what it is for. */
    public record JurorTask(Scoresheet sheet, Subject subject) implements java.io.Serializable {
    }

    /** The juror's sheets in rounds being scored, in every jury they sit on; recused ones are left out. */
    public List<JurorTask> tasks(String email) {
        caller.requireSelf(email);
        return openSheetsOf(email).stream().filter(s -> s.getStatus() != SheetStatus.RECUSED)
                .flatMap(s -> describe(s.getRound().getOwner(), s.getSubjectId()).map(subject -> new JurorTask(s, subject)).stream())
                .toList();
    }

    /** The juror's own sheet with its subject; anything else is "not found". */
    public JurorTask taskFor(Long sheetId, String email) {
        caller.requireSelf(email);
        Scoresheet sheet = sheetFor(sheetId, email);
        return describe(sheet.getRound().getOwner(), sheet.getSubjectId()).map(subject -> new JurorTask(sheet, subject))
                .orElseThrow(() -> BusinessException.notFound(sheetId));
    }

    private Optional<Subject> describe(String owner, long subjectId) {
        return catalogue(owner).flatMap(c -> c.describe(owner, subjectId));
    }

    private Optional<SubjectCatalogue> catalogue(String owner) {
        return catalogues.stream().filter(c -> c.owns(owner)).findFirst();
    }

    /** Everything this person may declare a conflict with, in every jury they sit on. */
    public List<Subject> declarable(String email) {
        caller.requireSelf(email);
        return catalogues.stream().flatMap(c -> c.declarable(email).stream()).toList();
    }

    /** A juror declares a conflict with a subject of a jury they sit on; anything else is "not found". */
    public DeclaredConflict declareAsJuror(String owner, long subjectId, String email, ConflictType kind, String reason) {
        caller.requireSelf(email);
        boolean mayDeclare = catalogue(owner).stream().flatMap(c -> c.declarable(email).stream())
                .anyMatch(s -> s.owner().equals(owner) && s.id() == subjectId);
        if (!mayDeclare) {
            throw BusinessException.notFound(subjectId);
        }
        return declare(owner, email, subjectId, kind, reason);
    }

    /** The first sheet other than this one that the juror still has to submit. */
    public Optional<Long> nextToScore(Long sheetId, String email) {
        caller.requireSelf(email);
        return openSheetsOf(email).stream()
                .filter(s -> s.getStatus() == SheetStatus.ASSIGNED || s.getStatus() == SheetStatus.DRAFT)
                .map(Scoresheet::getId).filter(id -> !id.equals(sheetId)).findFirst();
    }

    public Scoresheet saveDraft(Long sheetId, String email, Map<String, Integer> scores, Map<String, String> comments) {
        caller.requireSelf(email);
        Scoresheet sheet = sheetFor(sheetId, email);
        sheet.fillIn(scores, comments, Clock.now());
        return sheet;
    }

    public Scoresheet submit(Long sheetId, String email, Map<String, Integer> scores, Map<String, String> comments) {
        caller.requireSelf(email);
        Scoresheet sheet = sheetFor(sheetId, email);
        sheet.fillIn(scores, comments, Clock.now());
        sheet.submit(Clock.now());
        return sheet;
    }

    /**
     * A juror declares a conflict with an entry: it is recorded, and every sheet they hold for the entry in the
     * owner's rounds is recused. A score already submitted is excluded, and the audit log says so.
     */
    @RolesAllowed({Roles.JUROR, Roles.EXPERT, Roles.SYSTEM})
    public DeclaredConflict declare(String owner, String email, long subjectId, ConflictType kind, String reason) {
        Person juror = people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
        boolean declaredBefore = conflicts(owner).stream().anyMatch(c -> c.getJuror().equals(juror) && c.getSubjectId() == subjectId);
        if (declaredBefore) {
            throw new BusinessException("evaluation.conflict.duplicate");
        }
        DeclaredConflict conflict = new DeclaredConflict(owner, juror, subjectId, kind, reason);
        em.persist(conflict);
        sheetsOf(owner, email, subjectId).stream()
                .filter(s -> s.getRound().getStatus() != RoundStatus.CLOSED && s.getStatus() != SheetStatus.RECUSED)
                .forEach(sheet -> {
                    if (sheet.recuse(Clock.now())) {
                        AuditTrail.instance().record(AuditAction.RECUSAL, "Scoresheet", sheet.getId(),
                                "submitted score excluded: " + juror.getEmail() + " recused from entry " + subjectId + " (" + kind + ")");
                    }
                });
        return conflict;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.JUROR, Roles.EXPERT, Roles.SYSTEM})
    public List<DeclaredConflict> conflicts(String owner) {
        return em.createNamedQuery("DeclaredConflict.ofOwner", DeclaredConflict.class).setParameter("owner", owner).getResultList();
    }

    /** Each juror's progress in a round, by name. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public List<JurorProgress> progress(EvaluationRound round) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Person> jurors = new TreeMap<>();
        for (Scoresheet sheet : sheets(round)) {
            String key = sheet.getJuror().getFullName() + "\u0000" + sheet.getJuror().getId();
            jurors.put(key, sheet.getJuror());
            int[] c = counts.computeIfAbsent(key, k -> new int[3]);
            if (sheet.getStatus() == SheetStatus.RECUSED) {
                c[2]++;
            } else {
                c[0]++;
                if (sheet.getStatus() == SheetStatus.SUBMITTED) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new JurorProgress(jurors.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Reminds every juror who still has sheets to submit; returns how many were reminded. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public int remind(Long roundId) {
        EvaluationRound round = round(roundId);
        round.requireScoring();
        List<JurorProgress> behind = progress(round).stream().filter(p -> p.remaining() > 0).toList();
        behind.forEach(p -> notifications.notify(p.juror().getEmail(), "notification.evaluation.reminder", p.remaining(), round.getNumber()));
        return behind.size();
    }

    /** Closes scoring; drafts and unscored sheets do not count. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public EvaluationRound close(Long roundId) {
        EvaluationRound round = round(roundId);
        round.close(Clock.now());
        return round;
    }

    /** The ranking of a round from its submitted (and recused) sheets, with the chair's recorded decisions. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
    public List<RankedEntry> ranking(EvaluationRound round) {
        return round.aggregator().rank(scorecards(round), round.isTrimmedMean(), round.chairOrder());
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Map<Long, JurorStatistics> jurorStatistics(EvaluationRound round) {
        return round.aggregator().jurorStatistics(scorecards(round));
    }

    /** The chair's decision between two tied entries, recorded on the round and in the audit log. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public EvaluationRound chairDecision(Long roundId, long preferred, long other) {
        EvaluationRound round = round(roundId);
        round.recordChairDecision(preferred, other);
        return round;
    }

    private List<Scorecard> scorecards(EvaluationRound round) {
        return sheets(round).stream().filter(Scoresheet::isCounted)
                .filter(s -> round.includes(s.getSubjectId()))
                .map(Scoresheet::scorecard).toList();
    }
}
