package org.govtechhub.cohort;

import jakarta.inject.Inject;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.CriterionScore;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HandRanking;
import org.govtechhub.it.HandRanking.Expected;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario, after Telangana's Government Mentor Program (2018): 200 applications to a cohort with
 * Telangana's rules (a private company, at most 7 years old or 10 for social and biotech, a turnover of at most
 * 3.3M in every reported year, an MVP); the rules leave 110, the manager shortlists 18 (three per challenge) for the
 * pitch, a jury of five scores them, and its ranking accepts 10 (the cohort's capacity) within each challenge's
 * team limit. The funnel and the impact report show exactly that: 200 → 110 → 18 → 18 → 10; 200 applications, 10
 * participants.
 *
 * <h2>The applications, by construction</h2>
 * Application i (0..199) goes to challenge {@code i % 6}; its last digit decides its facts: 1 a company that is not
 * private, 3 too old (8 years in govtech, 11 in social or biotech), 5 a turnover over 3.3M, 7 no MVP, 9 in an even
 * decade no turnover reported: 20 + 20 + 20 + 20 + 10 = 90 ineligible. The 110 others pass, several on a limit
 * (7 years in govtech, 10 in social, a turnover of exactly 3.3M).
 *
 * <h2>The pitch, by construction</h2>
 * Shortlisted startup s = 3k + t is the t-th eligible application (in submission order) of challenge k. Juror j
 * gives it, on criterion c, {@code QUALITY[s] + BIAS[j]}, one more on its strong criterion {@code s % 4}, and a
 * deterministic ±1 of noise, kept in 1..10 ({@link #given}). Juror 4 (harsh) works for startup 12 and gets no sheet
 * for it; juror 0 (lenient) declares a conflict with startup 6 before scoring opens: 18 × 5 − 2 = 88 sheets.
 * The ranking is computed below, independently, from the sheets as stored (not with the ScoreAggregator); the facts
 * written by hand (who is accepted, raw means) were worked out beforehand from the same numbers.
 */
@ExtendWith(ArquillianExtension.class)
class TelanganaScenarioIT {

    private static final int APPLICATIONS = 200;
    private static final int CAPACITY = 10;
    private static final int JURORS = 5;
    private static final int SHORTLISTED_PER_CHALLENGE = 3;

    private static final String[][] CHALLENGES = {
        {"Revenue Department", "Land records anyone can verify"},
        {"Agriculture Department", "Crop insurance claims settled in a week"},
        {"Health, Medical and Family Welfare Department", "Shorter queues at primary health centres"},
        {"Municipal Administration and Urban Development", "Property tax collected without visits"},
        {"School Education Department", "Attendance in government schools"},
        {"ITE&C Department", "Citizen grievances answered on time"},
    };
    /** The teams each challenge takes in the accelerator. */
    private static final int[] TEAMS = {2, 2, 2, 1, 2, 2};

    private static final List<RoundCriterion> CRITERIA = List.of(
            new RoundCriterion("problem", "Problem–solution fit", 30),
            new RoundCriterion("team", "Team", 25),
            new RoundCriterion("traction", "Traction and MVP", 25),
            new RoundCriterion("scale", "Scalability across the state", 20));
    private static final int[] WEIGHTS = CRITERIA.stream().mapToInt(RoundCriterion::getWeight).toArray();

    /** Base quality of shortlisted startups 0..17 (three per challenge, in challenge order). */
    private static final int[] QUALITY = {7, 6, 4, 6, 5, 3, 4, 7, 4, 8, 7, 5, 4, 6, 3, 6, 5, 4};
    /** How lenient (+) or harsh (−) each juror is. */
    private static final int[] BIAS = {2, 0, -1, 1, -2};
    private static final String[] JUROR_NAMES = {"Anitha Reddy", "Bharat Kumar", "Chandana Rao", "Deepak Varma", "Esha Patel"};
    private static final int INSIDER = 4;
    private static final int INSIDERS_STARTUP = 12;
    private static final int DECLARING = 0;
    private static final int DECLARED_STARTUP = 6;

    private static final String[] PREFIXES = {"Kisan", "Jal", "Swasth", "Vidya", "Nagar", "Bhoomi", "Seva", "Digi", "Gram", "Urja"};
    private static final String[] SUFFIXES = {"Tech", "Labs", "Works", "Sense", "Link", "Setu", "Mitra", "AI", "Grid", "Pay"};
    private static final LegalForm[] NOT_PRIVATE = {LegalForm.PUBLIC_COMPANY, LegalForm.SOLE_PROPRIETOR, LegalForm.PARTNERSHIP,
        LegalForm.NON_PROFIT, LegalForm.OTHER};

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(TelanganaScenarioIT.class, CohortFixture.class, HandRanking.class).build();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private ApplicationService applications;

    @Inject
    private PitchService pitches;

    @Inject
    private JuryService jury;

    @Inject
    private ImpactService impact;

    @Inject
    private NotificationService notifications;

    private Cohort cohort;
    private final List<Challenge> challenges = new ArrayList<>();
    private final List<Application> submitted = new ArrayList<>();
    private final Application[] shortlist = new Application[CHALLENGES.length * SHORTLISTED_PER_CHALLENGE];
    private final Map<Long, Integer> shortlistIndex = new HashMap<>();
    private final Person[] jurors = new Person[JURORS];
    private final Map<Long, Integer> jurorIndex = new HashMap<>();

    // --- the applications ---------------------------------------------------------------------------------------

    private static String name(int i) {
        return PREFIXES[i % 10] + SUFFIXES[i / 10 % 10] + (i >= 100 ? " Two" : "");
    }

    /** Application i's startup, by its last digit (see the class comment). */
    private static CohortFixture.Startup startup(int i) {
        String name = name(i);
        int decade = i / 10;
        return switch (i % 10) {
            case 0 -> CohortFixture.Startup.eligible(name, 7, "govtech");
            case 1 -> new CohortFixture.Startup(name, NOT_PRIVATE[decade % NOT_PRIVATE.length], 3, "govtech", new BigDecimal("900000"), true);
            case 2 -> CohortFixture.Startup.eligible(name, 10, "Social");
            case 3 -> CohortFixture.Startup.eligible(name, decade % 3 == 0 ? 8 : 11, decade % 3 == 0 ? "govtech" : decade % 3 == 1 ? "social" : "Biotech");
            case 4 -> CohortFixture.Startup.eligible(name, 9, "biotech");
            case 5 -> new CohortFixture.Startup(name, LegalForm.PRIVATE_COMPANY, 4, "fintech",
                    new BigDecimal(decade % 2 == 0 ? "3300000.01" : "5000000"), true);
            case 6 -> new CohortFixture.Startup(name, LegalForm.PRIVATE_COMPANY, 3, "govtech", new BigDecimal("3300000"), true);
            case 7 -> new CohortFixture.Startup(name, LegalForm.PRIVATE_COMPANY, 2, "agritech", new BigDecimal("150000"), false);
            case 8 -> CohortFixture.Startup.eligible(name, 2, "agritech");
            default -> decade % 2 == 0
                    ? new CohortFixture.Startup(name, LegalForm.PRIVATE_COMPANY, 1, "healthtech", null, true)
                    : new CohortFixture.Startup(name, LegalForm.PRIVATE_COMPANY, 5, "healthtech", new BigDecimal("1200000"), true);
        };
    }

    /** The rule application i fails, or null. */
    private static String failedRule(int i) {
        return switch (i % 10) {
            case 1 -> "legalForm";
            case 3 -> "age";
            case 5 -> "turnover";
            case 7 -> "mvp";
            case 9 -> i / 10 % 2 == 0 ? "turnover" : null;
            default -> null;
        };
    }

    // --- the scores -----------------------------------------------------------------------------------------------

    /** What juror j gives shortlisted startup s, per criterion. */
    static int[] given(int s, int j) {
        int[] scores = new int[WEIGHTS.length];
        for (int c = 0; c < WEIGHTS.length; c++) {
            int noise = ((s * 7 + j * 11 + c * 13) % 5 - 2) / 2;
            int score = QUALITY[s] + BIAS[j] + (c == s % 4 ? 1 : 0) + noise;
            scores[c] = Math.max(1, Math.min(10, score));
        }
        return scores;
    }

    private static Map<String, Integer> asMap(int[] scores) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int c = 0; c < scores.length; c++) {
            map.put(CRITERIA.get(c).getCode(), scores[c]);
        }
        return map;
    }

    @Test
    void twoHundredApplicationsEighteenPitchesTenAccepted() {
        long started = System.nanoTime();
        callForApplications();
        screening();
        shortlisting();

        // --- pitch day ------------------------------------------------------------------------------------------------
        pitchJury();
        EvaluationRound round = pitches.openScoring(cohort.getId());
        assertEquals(Arrays.stream(shortlist).map(Application::getId).collect(Collectors.toSet()), round.getSubjects());
        assertEquals(88, jury.sheets(round).size(), "18 startups × 5 jurors, less the insider's and the declared conflict");
        for (int j = 0; j < JURORS; j++) {
            int juror = j;
            List<Scoresheet> scored = fixture.score(jurors[j], id -> asMap(given(shortlistIndex.get(id), juror)));
            assertEquals(j == INSIDER || j == DECLARING ? 17 : 18, scored.size(), JUROR_NAMES[j]);
        }
        pitches.closeScoring(cohort.getId());
        assertTrue(Arrays.stream(shortlist).allMatch(a -> applications.get(a.getId()).getStatus() == ApplicationStatus.PITCHED));

        // --- the ranking, computed here from the sheets as stored ------------------------------------------------------
        List<Scoresheet> sheets = jury.sheets(jury.round(round.getId()));
        assertSheetsHoldWhatWasGiven(sheets);
        List<Expected> expected = expectedRanking(sheets);
        List<PitchService.PitchStanding> standings = pitches.standings(cohort.getId());
        assertEquals(indices(expected.stream().map(Expected::entryId).toList()),
                indices(standings.stream().map(s -> s.application().getId()).toList()), "the ranking is the one computed here");
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r).normalised(), standings.get(r).ranked().normalisedScore(), 1e-6, "place " + (r + 1));
            assertEquals(expected.get(r).jurors(), standings.get(r).ranked().jurorCount(), "place " + (r + 1));
        }
        Set<Integer> proposed = greedy(expected);
        assertEquals(proposed, standings.stream().filter(PitchService.PitchStanding::proposed)
                .map(s -> shortlistIndex.get(s.application().getId())).collect(Collectors.toCollection(TreeSet::new)));
        assertHandWrittenFacts(expected, proposed);

        // --- the manager confirms the ranking's proposal ---------------------------------------------------------------
        assertEquals(CAPACITY, pitches.acceptByRanking(cohort.getId()));
        Map<Integer, Application> now = new HashMap<>();
        for (int s = 0; s < shortlist.length; s++) {
            now.put(s, applications.get(shortlist[s].getId()));
        }
        assertEquals(proposed, now.entrySet().stream().filter(e -> e.getValue().getStatus() == ApplicationStatus.ACCEPTED)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new)), "the accepted are those computed here");
        assertTrue(now.entrySet().stream().filter(e -> !proposed.contains(e.getKey()))
                .allMatch(e -> e.getValue().getStatus() == ApplicationStatus.WAITLISTED), "the other 8 are waitlisted");
        for (int k = 0; k < CHALLENGES.length; k++) {
            int challenge = k;
            long accepted = now.values().stream().filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED
                    && a.getChallenge().getId().equals(challenges.get(challenge).getId())).count();
            assertTrue(accepted <= TEAMS[k], CHALLENGES[k][1] + " takes " + TEAMS[k] + ", got " + accepted);
        }
        List<Integer> demoOrder = expected.stream().map(x -> shortlistIndex.get(x.entryId())).filter(proposed::contains).toList();
        assertEquals(demoOrder, pitches.agenda(cohort.getId()).stream().map(slot -> shortlistIndex.get(slot.application().getId())).toList(),
                "demo day follows the ranking");
        assertTrue(notifications.latestFor(shortlist[DECLARED_STARTUP].getAuthor().getEmail()).stream()
                .anyMatch(n -> n.getMessageKey().equals("notification.cohort.accepted")));
        assertTrue(notifications.latestFor(shortlist[10].getAuthor().getEmail()).stream()
                .anyMatch(n -> n.getMessageKey().equals("notification.cohort.waitlisted")));

        // --- the reports --------------------------------------------------------------------------------------------------
        ReportTable funnel = applications.funnel(cohort);
        assertEquals(List.of("cohort_report.submitted", "cohort_report.eligible", "cohort_report.shortlisted", "cohort_report.pitched",
                "cohort_report.accepted"), funnel.rows().stream().map(r -> ((ReportTable.Label) r.get(0)).key()).toList());
        assertEquals(List.of(200L, 110L, 18L, 18L, 10L), funnel.rows().stream().map(r -> r.get(1)).toList());
        ImpactFigures figures = impact.cohortFigures(cohort.getId());
        assertEquals(200, figures.applications());
        assertEquals(10, figures.participants());
        assertEquals(6, figures.departments());
        assertEquals(6, figures.civilServants(), "one member of staff per department");
        assertEquals(List.of(200L, 10L), impact.cohortReport(cohort.getId()).get(0).rows().subList(0, 2).stream().map(r -> r.get(1)).toList());

        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 60, "the scenario took " + seconds + " s");
    }

    // --- set-up -----------------------------------------------------------------------------------------------------

    private void callForApplications() {
        cohort = fixture.telangana(CAPACITY);
        for (int k = 0; k < CHALLENGES.length; k++) {
            Person staff = fixture.staff(fixture.department(CHALLENGES[k][0]), "Officer of " + CHALLENGES[k][0]);
            challenges.add(fixture.published(cohort, staff, CohortFixture.unique(CHALLENGES[k][1]), TEAMS[k]));
        }
        int batch = 40;
        for (int from = 0; from < APPLICATIONS; from += batch) {
            List<Challenge> to = IntStream.range(from, from + batch).mapToObj(i -> challenges.get(i % CHALLENGES.length)).toList();
            List<CohortFixture.Startup> startups = IntStream.range(from, from + batch).mapToObj(TelanganaScenarioIT::startup).toList();
            submitted.addAll(fixture.submittedAll(to, startups));
        }
        assertEquals(APPLICATIONS, submitted.size());
    }

    private void screening() {
        for (int i = 0; i < APPLICATIONS; i++) {
            Application application = submitted.get(i);
            String rule = failedRule(i);
            assertEquals(rule == null ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE, application.getStatus(), "application " + i);
            if (rule != null) {
                assertEquals(List.of(rule), applications.eligibility(application).checks().stream().filter(c -> !c.passed())
                        .map(EligibilityResult.RuleCheck::rule).toList(), "application " + i + " fails exactly one rule");
            }
        }
        assertEquals(110, submitted.stream().filter(a -> a.getStatus() == ApplicationStatus.ELIGIBLE).count());
    }

    private void shortlisting() {
        for (int k = 0; k < CHALLENGES.length; k++) {
            int challenge = k;
            List<Integer> eligible = IntStream.range(0, APPLICATIONS)
                    .filter(i -> i % CHALLENGES.length == challenge && failedRule(i) == null).limit(SHORTLISTED_PER_CHALLENGE).boxed().toList();
            for (int t = 0; t < SHORTLISTED_PER_CHALLENGE; t++) {
                shortlist[SHORTLISTED_PER_CHALLENGE * k + t] = submitted.get(eligible.get(t));
            }
        }
        List<Long> ids = Arrays.stream(shortlist).map(Application::getId).toList();
        fixture.moveAll(ids, ApplicationStatus.SHORTLISTED);
        for (int s = 0; s < shortlist.length; s++) {
            shortlistIndex.put(shortlist[s].getId(), s);
        }
    }

    private void pitchJury() {
        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        for (int j = 0; j < JURORS; j++) {
            jurors[j] = fixture.juror(JUROR_NAMES[j], j == INSIDER ? shortlist[INSIDERS_STARTUP].getStartup() : null);
            pitches.addJuror(cohort.getId(), jurors[j].getEmail());
            jurorIndex.put(jurors[j].getId(), j);
        }
        pitches.declareConflict(shortlist[DECLARED_STARTUP].getId(), jurors[DECLARING].getEmail(), ConflictType.PROFESSIONAL,
                "I mentored this startup at the incubator last year");
    }

    // --- the ranking computed here --------------------------------------------------------------------------------

    /** Each submitted sheet holds exactly the scores given, and no sheet exists for the two conflicts. */
    private void assertSheetsHoldWhatWasGiven(List<Scoresheet> sheets) {
        for (Scoresheet sheet : sheets) {
            int s = shortlistIndex.get(sheet.getSubjectId());
            int j = jurorIndex.get(sheet.getJuror().getId());
            assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
            assertEquals(asMap(given(s, j)), sheet.getScores().stream().collect(Collectors.toMap(CriterionScore::getCriterion, CriterionScore::getScore)),
                    "startup " + s + ", juror " + j);
            assertTrue(!(j == INSIDER && s == INSIDERS_STARTUP) && !(j == DECLARING && s == DECLARED_STARTUP), "a sheet for a conflict");
        }
    }

    /** The ranking as computed here from the submitted sheets' scores (see {@link HandRanking}). */
    private static List<Expected> expectedRanking(List<Scoresheet> sheets) {
        return HandRanking.of(sheets.stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED).map(sheet -> {
            double points = 0;
            for (int c = 0; c < CRITERIA.size(); c++) {
                String code = CRITERIA.get(c).getCode();
                points += WEIGHTS[c] * sheet.getScores().stream().filter(x -> x.getCriterion().equals(code)).findFirst().orElseThrow().getScore();
            }
            return new HandRanking.Total(sheet.getSubjectId(), sheet.getJuror().getId(), points / 100);
        }).toList());
    }

    /** The ranking's proposal: down the ranking, each startup that still fits the cohort's places and its challenge's teams. */
    private Set<Integer> greedy(List<Expected> order) {
        return greedyByIndices(indices(order.stream().map(Expected::entryId).toList()));
    }

    private List<Integer> indices(List<Long> applicationIds) {
        return applicationIds.stream().map(shortlistIndex::get).toList();
    }

    private void assertHandWrittenFacts(List<Expected> expected, Set<Integer> accepted) {
        List<Integer> ranking = indices(expected.stream().map(Expected::entryId).toList());
        assertEquals(Set.of(0, 1, 3, 4, 6, 7, 9, 13, 15, 16), accepted);
        assertEquals(List.of(9, 0, 10, 7), ranking.subList(0, 4), "property tax has the first and the third pitch");
        assertEquals(12, ranking.indexOf(6) + 1, "startup 6 is 12th, yet accepted: startups 10 and 11 (ranked 3rd and 11th) "
                + "wait for property tax's single team");
        Map<Integer, Double> rawMean = expected.stream().collect(Collectors.toMap(x -> shortlistIndex.get(x.entryId()), Expected::rawMean));
        assertEquals(3.8125, rawMean.get(6), 1e-9, "startup 6 lacks its lenient juror (a declared conflict)");
        assertEquals(4.7375, rawMean.get(12), 1e-9, "startup 12 lacks its harsh juror (he works there)");
        List<Integer> byRawMean = rawMean.keySet().stream()
                .sorted(Comparator.comparing((Integer s) -> rawMean.get(s)).reversed().thenComparing(Comparator.naturalOrder())).toList();
        Set<Integer> acceptedByRawMean = greedyByIndices(byRawMean);
        assertEquals(Set.of(0, 1, 3, 4, 7, 9, 12, 13, 15, 16), acceptedByRawMean, "by raw mean startup 12 would take startup 6's place");
        assertNotEquals(accepted, acceptedByRawMean);
    }

    /** Down this order of shortlist indices, each startup that still fits the cohort's places and its challenge's teams. */
    private static Set<Integer> greedyByIndices(List<Integer> order) {
        int places = CAPACITY;
        int[] teamsLeft = TEAMS.clone();
        Set<Integer> accepted = new TreeSet<>();
        for (int s : order) {
            int challenge = s / SHORTLISTED_PER_CHALLENGE;
            if (places > 0 && teamsLeft[challenge] > 0) {
                accepted.add(s);
                places--;
                teamsLeft[challenge]--;
            }
        }
        return accepted;
    }
}
