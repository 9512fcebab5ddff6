package org.govtechhub.award;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryAssignment;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.mentoring.MatchingResult;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.Tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judging an edition: conflicts of interest (automatic and declared), the jury assignment by the exact solver of
 * the mentoring context, opening and closing the two rounds, the ranking per nomination, finalists, winners and the
 * special prize. Round 1 scores every submitted entry with R jurors each; round 2 (the live pitches) lets every
 * unconflicted juror score every finalist.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class JudgingService {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private AwardService awards;

    @EJB
    private EntryService entries;

    @EJB
    private JuryService jury;

    @EJB
    private NotificationService notifications;

    /** The edition's round by number; round 2 exists once finalists are confirmed. */
    public Optional<EvaluationRound> round(AwardEdition edition, int number) {
        return jury.rounds(edition.owner()).stream().filter(r -> r.getNumber() == number).findFirst();
    }

    public EvaluationRound requireRound(AwardEdition edition, int number) {
        return round(edition, number).orElseThrow(() -> new BusinessException("award.round.missing", number));
    }

    // --- conflicts ----------------------------------------------------------------------------------------------

    /** Why this juror may not judge this entry, if they may not: same organisation, on the team, or declared. */
    public Optional<ConflictType> conflict(JuryMember juror, AwardEntry entry, Collection<DeclaredConflict> declared) {
        if (entry.isOnTeam(juror.getPerson())) {
            return Optional.of(ConflictType.ON_THE_TEAM);
        }
        if (juror.getPerson().getOrganisation() != null && juror.getPerson().getOrganisation().equals(entry.getOrganisation())) {
            return Optional.of(ConflictType.SAME_ORGANISATION);
        }
        return declared.stream().filter(c -> c.getJuror().equals(juror.getPerson()) && c.getSubjectId() == entry.getId())
                .map(DeclaredConflict::getKind).findFirst();
    }

    // --- assignment ---------------------------------------------------------------------------------------------

    /**
     * Proposes the round-1 assignment: each submitted entry gets R jurors, no juror more than L entries, no
     * conflicted pair; among such assignments the one with the most pairs and then the highest total affinity
     * (shared expertise), with the smallest per-juror load that still serves every entry.
     */
    public AssignmentPlan plan(Long editionId) {
        AwardEdition edition = awards.get(editionId);
        List<AwardEntry> submitted = submitted(edition);
        List<JuryMember> members = awards.jury(edition);
        if (members.isEmpty()) {
            throw new BusinessException("award.jury.empty");
        }
        if (submitted.isEmpty()) {
            throw new BusinessException("evaluation.round.noEntries");
        }
        List<DeclaredConflict> declared = jury.conflicts(edition.owner());
        int nE = submitted.size();
        int nJ = members.size();
        boolean[][] forbidden = new boolean[nE][nJ];
        int[] want = new int[nE];
        int[] eligible = new int[nE];
        for (int e = 0; e < nE; e++) {
            for (int j = 0; j < nJ; j++) {
                forbidden[e][j] = conflict(members.get(j), submitted.get(e), declared).isPresent();
                eligible[e] += forbidden[e][j] ? 0 : 1;
            }
            want[e] = Math.min(edition.getJurorsPerEntry(), eligible[e]);
        }
        JuryAssignment.Result solved = JuryAssignment.solve(want, nJ, edition.getMaxEntriesPerJuror(), forbidden,
                (e, j) -> affinity(members.get(j), submitted.get(e)));
        MatchingResult result = solved.matching();
        List<AssignmentPlan.Pair> pairs = new ArrayList<>();
        Map<JuryMember, Integer> loads = new LinkedHashMap<>();
        members.forEach(m -> loads.put(m, 0));
        int[] got = new int[nE];
        for (org.govtechhub.mentoring.Assignment a : result.assignments()) {
            AwardEntry entry = submitted.get(a.startup());
            JuryMember member = members.get(a.mentor());
            pairs.add(new AssignmentPlan.Pair(entry, member, a.score(), member.getExpertise().common(entry.topics()).toString()));
            loads.merge(member, 1, Integer::sum);
            got[a.startup()]++;
        }
        pairs.sort((x, y) -> x.entry().getId().equals(y.entry().getId())
                ? x.juror().getPerson().getFullName().compareTo(y.juror().getPerson().getFullName())
                : x.entry().getId().compareTo(y.entry().getId()));
        List<AssignmentPlan.Shortfall> shortfalls = new ArrayList<>();
        for (int e = 0; e < nE; e++) {
            if (got[e] < edition.getJurorsPerEntry()) {
                shortfalls.add(new AssignmentPlan.Shortfall(submitted.get(e), edition.getJurorsPerEntry(), got[e], eligible[e]));
            }
        }
        return new AssignmentPlan(pairs, loads, shortfalls, solved.capacity(), result.certifyOptimal());
    }

    /** Affinity 0..100: the share of the entry's topics that are in the juror's expertise. */
    static int affinity(JuryMember juror, AwardEntry entry) {
        Tags topics = entry.topics();
        return topics.isEmpty() ? 0 : 100 * juror.getExpertise().overlap(topics) / topics.size();
    }

    // --- rounds -------------------------------------------------------------------------------------------------

    /**
     * Opens scoring of a round; its set of entries is frozen from then on. Round 1: after the call has closed,
     * every submitted entry with the proposed assignment. Round 2: the confirmed finalists, every unconflicted juror.
     */
    public EvaluationRound openRound(Long editionId, int number) {
        AwardEdition edition = awards.get(editionId);
        edition.requireNotPublished();
        EvaluationRound round = requireRound(edition, number);
        round.requireSetup();
        List<JuryService.Assignment> assignments = new ArrayList<>();
        Set<Long> subjects = new HashSet<>();
        if (number == 1) {
            if (edition.isCallOpen(Clock.now()) || Clock.now().isBefore(edition.getCallOpens())) {
                throw new BusinessException("award.round.callStillOpen");
            }
            AssignmentPlan plan = plan(editionId);
            submitted(edition).forEach(e -> subjects.add(e.getId()));
            plan.pairs().forEach(p -> assignments.add(new JuryService.Assignment(p.juror().getPerson(), p.entry().getId(), p.affinity(), p.shared())));
        } else {
            List<AwardEntry> finalists = submitted(edition).stream().filter(AwardEntry::isFinalist).toList();
            List<DeclaredConflict> declared = jury.conflicts(edition.owner());
            for (AwardEntry finalist : finalists) {
                subjects.add(finalist.getId());
                for (JuryMember member : awards.jury(edition)) {
                    if (conflict(member, finalist, declared).isEmpty()) {
                        assignments.add(new JuryService.Assignment(member.getPerson(), finalist.getId(), affinity(member, finalist),
                                member.getExpertise().common(finalist.topics()).toString()));
                    }
                }
            }
        }
        return jury.open(round.getId(), subjects, assignments);
    }

    public EvaluationRound closeRound(Long editionId, int number) {
        AwardEdition edition = awards.get(editionId);
        return jury.close(requireRound(edition, number).getId());
    }

    public int remind(Long editionId, int number) {
        return jury.remind(requireRound(awards.get(editionId), number).getId());
    }

    /** The round's standings by nomination (in nomination order), with the proposal marked. */
    public Map<Nomination, List<Standing>> standings(Long editionId, int number) {
        AwardEdition edition = awards.get(editionId);
        EvaluationRound round = requireRound(edition, number);
        List<RankedEntry> ranking = jury.ranking(round);
        Map<Long, AwardEntry> byId = entries.entriesOf(edition).stream().collect(Collectors.toMap(AwardEntry::getId, e -> e));
        Map<Long, Double> rawMeans = rawMeans(round);
        Map<Nomination, List<Standing>> standings = new LinkedHashMap<>();
        awards.nominations(edition).forEach(n -> standings.put(n, new ArrayList<>()));
        for (RankedEntry ranked : ranking) {
            AwardEntry entry = byId.get(ranked.entryId());
            if (entry == null || entry.getStatus() != EntryStatus.SUBMITTED) {
                continue;
            }
            List<Standing> list = standings.get(entry.getNomination());
            int quota = number == 1 ? entry.getNomination().getFinalists() : entry.getNomination().getWinners();
            list.add(new Standing(list.size() + 1, entry, ranked, rawMeans.getOrDefault(entry.getId(), 0.0), list.size() < quota));
        }
        return standings;
    }

    private Map<Long, Double> rawMeans(EvaluationRound round) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Scoresheet sheet : jury.sheets(round)) {
            if (sheet.getStatus() == SheetStatus.SUBMITTED && round.includes(sheet.getSubjectId())) {
                double[] s = sums.computeIfAbsent(sheet.getSubjectId(), k -> new double[2]);
                s[0] += sheet.weightedTotal();
                s[1]++;
            }
        }
        Map<Long, Double> means = new HashMap<>();
        sums.forEach((id, s) -> means.put(id, s[0] / s[1]));
        return means;
    }

    /** The chair's decision between two tied entries of a closed round. */
    public EvaluationRound chairDecision(Long editionId, int number, long preferred, long other) {
        EvaluationRound round = requireRound(awards.get(editionId), number);
        if (!round.includes(preferred) || !round.includes(other)) {
            throw BusinessException.notFound(round.includes(preferred) ? other : preferred);
        }
        return jury.chairDecision(round.getId(), preferred, other);
    }

    /**
     * Confirms the finalists after round 1 (the manager may change the proposal). Round 2 is created with round 1's
     * criteria; once it is being scored, its finalists are frozen.
     */
    public List<AwardEntry> confirmFinalists(Long editionId, Collection<Long> entryIds) {
        AwardEdition edition = awards.get(editionId);
        edition.requireNotPublished();
        EvaluationRound first = requireRound(edition, 1);
        first.requireClosed();
        Optional<EvaluationRound> second = round(edition, 2);
        if (second.isPresent()) {
            second.get().requireSetup();
        }
        if (entryIds.isEmpty()) {
            throw new BusinessException("award.finalists.none");
        }
        List<AwardEntry> all = submitted(edition);
        for (Long id : entryIds) {
            if (all.stream().noneMatch(e -> e.getId().equals(id) && first.includes(id))) {
                throw BusinessException.notFound(id);
            }
        }
        List<AwardEntry> finalists = new ArrayList<>();
        for (AwardEntry entry : all) {
            boolean chosen = entryIds.contains(entry.getId());
            if (chosen && !entry.isFinalist()) {
                notifications.notify(entry.getAuthor().getEmail(), "notification.award.finalist", entry.getTitle(), edition.getName());
            }
            entry.markFinalist(chosen);
            if (chosen) {
                finalists.add(entry);
            }
        }
        if (second.isEmpty()) {
            jury.createRound(edition.owner(), 2, edition.isTrimmedMean(), first.getCriteria());
        }
        return finalists;
    }

    /** Confirms the winners among the finalists after round 2; the special prize is kept. */
    public List<AwardEntry> confirmWinners(Long editionId, Collection<Long> entryIds) {
        AwardEdition edition = awards.get(editionId);
        edition.requireNotPublished();
        requireRound(edition, 2).requireClosed();
        if (entryIds.isEmpty()) {
            throw new BusinessException("award.winners.none");
        }
        List<AwardEntry> all = submitted(edition);
        for (Long id : entryIds) {
            if (all.stream().noneMatch(e -> e.getId().equals(id))) {
                throw BusinessException.notFound(id);
            }
        }
        List<AwardEntry> winners = new ArrayList<>();
        for (AwardEntry entry : all) {
            if (entryIds.contains(entry.getId())) {
                entry.award(Prize.WINNER, null);
                winners.add(entry);
            } else if (entry.getPrize() == Prize.WINNER) {
                entry.award(null, null);
            }
        }
        return winners;
    }

    /** The jury's special prize, by a chair decision recorded in the note; one per edition. */
    public AwardEntry specialPrize(Long editionId, Long entryId, String chairDecision) {
        AwardEdition edition = awards.get(editionId);
        edition.requireNotPublished();
        requireRound(edition, 1).requireClosed();
        AwardEntry chosen = submitted(edition).stream().filter(e -> e.getId().equals(entryId)).findFirst()
                .orElseThrow(() -> BusinessException.notFound(entryId));
        if (chosen.getPrize() == Prize.WINNER) {
            throw new BusinessException("award.prize.alreadyWinner", chosen.getTitle());
        }
        chosen.award(Prize.SPECIAL, chairDecision);
        submitted(edition).stream().filter(e -> e.getPrize() == Prize.SPECIAL && !e.equals(chosen)).forEach(e -> e.award(null, null));
        return chosen;
    }

    /** The submitted entries of unpublished editions whose jury this person is on: those they may declare a conflict with. */
    /** The submitted entries of the unpublished editions whose jury has this person, in one statement. */
    @RolesAllowed({Roles.JUROR, Roles.SYSTEM})
    public List<AwardEntry> entriesToDeclare(String email) {
        return email == null ? List.of() : em.createNamedQuery("AwardEntry.submittedToJuror", AwardEntry.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @RolesAllowed(Roles.SYSTEM)
    public boolean isScoring(AwardEdition edition) {
        return jury.rounds(edition.owner()).stream().anyMatch(r -> r.getStatus() == RoundStatus.SCORING);
    }

    List<AwardEntry> submitted(AwardEdition edition) {
        return em.createNamedQuery("AwardEntry.submittedOfEdition", AwardEntry.class).setParameter("edition", edition).getResultList();
    }
}
