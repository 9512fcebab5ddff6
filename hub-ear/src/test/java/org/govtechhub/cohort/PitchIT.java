package org.govtechhub.cohort;

import jakarta.inject.Inject;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JurorStatistics;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.evaluation.TieBreak;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pitch day and demo day of a cohort, on the real database: the pitch jury (jurors only, once each), opening scoring
 * (criteria and jurors needed, the shortlist frozen), conflicts (the juror's own startup, declared ones), who may read
 * a startup's document, closing, the per-juror normalised ranking, accepting by ranking within the cohort's capacity
 * and the challenges' team limits, and the demo-day agenda.
 */
@ExtendWith(ArquillianExtension.class)
class PitchIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String MANAGER = "manager@govtech-hub.demo";

    /** Telangana-style pitch criteria; the tests give every criterion the same score, so a sheet's total is that score. */
    private static final List<RoundCriterion> CRITERIA = List.of(
            new RoundCriterion("fit", "Fit with the challenge", 40),
            new RoundCriterion("team", "Team", 30),
            new RoundCriterion("pilot", "Pilot plan", 30));

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(PitchIT.class, CohortFixture.class).build();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private PitchService pitches;

    @Inject
    private ApplicationService applications;

    @Inject
    private JuryService jury;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private static Map<String, Integer> uniform(int score) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        CRITERIA.forEach(c -> scores.put(c.getCode(), score));
        return scores;
    }

    private Challenge challenge(Cohort cohort, String title) {
        Person staff = fixture.staff(fixture.department("Government of Telangana"), "Ravi Kumar");
        return fixture.published(cohort, staff, CohortFixture.unique(title));
    }

    private Challenge challenge(Cohort cohort, String title, int teams) {
        Person staff = fixture.staff(fixture.department("Government of Telangana"), "Ravi Kumar");
        return fixture.published(cohort, staff, CohortFixture.unique(title), teams);
    }

    private Application shortlisted(Challenge challenge, String startup) {
        Application application = fixture.submitted(challenge, fixture.founder(startup, 3, "govtech"));
        return applications.move(application.getId(), ApplicationStatus.SHORTLISTED);
    }

    private ApplicationStatus status(Application application) {
        return applications.get(application.getId()).getStatus();
    }

    /** The applications a juror has an (un-recused) sheet for, in any round being scored. */
    private Set<Long> tasksOf(Person juror) {
        return jury.tasks(juror.getEmail()).stream().map(t -> t.sheet().getSubjectId()).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Application... applications) {
        return Arrays.stream(applications).map(Application::getId).collect(Collectors.toSet());
    }

    /**
     * Pitch day in one go: the criteria set, these jurors on the jury (those not on it yet), scoring opened, each
     * juror's scores submitted (one score for every criterion, by application id; an application left out is left
     * unscored), scoring closed.
     */
    private EvaluationRound pitchDay(Cohort cohort, Map<Person, Map<Long, Integer>> scoresByJuror) {
        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        List<Person> onTheJury = pitches.jurors(cohort.getId());
        scoresByJuror.keySet().stream().filter(j -> !onTheJury.contains(j)).forEach(j -> pitches.addJuror(cohort.getId(), j.getEmail()));
        pitches.openScoring(cohort.getId());
        scoresByJuror.forEach((juror, given) -> fixture.score(juror, id -> given.containsKey(id) ? uniform(given.get(id)) : null));
        return pitches.closeScoring(cohort.getId());
    }

    /** Ordered juror → scores, for {@link #pitchDay}. */
    private static Map<Person, Map<Long, Integer>> scores(Object... jurorThenScores) {
        Map<Person, Map<Long, Integer>> scores = new LinkedHashMap<>();
        for (int i = 0; i < jurorThenScores.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<Long, Integer> given = (Map<Long, Integer>) jurorThenScores[i + 1];
            scores.put((Person) jurorThenScores[i], given);
        }
        return scores;
    }

    private static List<Long> idList(List<PitchService.PitchStanding> standings) {
        return standings.stream().map(s -> s.application().getId()).toList();
    }

    @Test
    void onlyPeopleWithTheJurorRoleJoinThePitchJuryAndEachOnlyOnce() {
        Cohort cohort = fixture.telangana(10);
        Person priya = fixture.juror("Priya Reddy", null);
        Person arjun = fixture.juror("Arjun Rao", null);
        Person founder = fixture.founder("CivicSense", 3, "govtech");
        Person manager = fixture.manager("Kavya Menon");

        pitches.addJuror(cohort.getId(), priya.getEmail());
        pitches.addJuror(cohort.getId(), "  " + arjun.getEmail().toUpperCase() + " ");
        assertEquals(List.of(arjun, priya), pitches.jurors(cohort.getId()), "by name; the e-mail address is trimmed and compared in any case");

        assertEquals("cohort.pitch.jurorTwice", key(() -> pitches.addJuror(cohort.getId(), priya.getEmail())));
        assertEquals("cohort.pitch.notAJuror", key(() -> pitches.addJuror(cohort.getId(), founder.getEmail())), "a founder is no juror");
        assertEquals("cohort.pitch.notAJuror", key(() -> pitches.addJuror(cohort.getId(), manager.getEmail())), "nor is a manager");
        assertEquals("cohort.pitch.notAJuror", key(() -> pitches.addJuror(cohort.getId(), "nobody-" + CohortFixture.unique("x").replace(' ', '-') + "@example.org")));
        assertEquals("cohort.pitch.notAJuror", key(() -> pitches.addJuror(cohort.getId(), null)));
        assertEquals(List.of(arjun, priya), pitches.jurors(cohort.getId()), "refusals change nothing");

        pitches.removeJuror(cohort.getId(), priya.getId());
        assertEquals(List.of(arjun), pitches.jurors(cohort.getId()));
        pitches.addJuror(cohort.getId(), priya.getEmail());
        assertEquals(List.of(arjun, priya), pitches.jurors(cohort.getId()), "a removed juror may be added again before scoring opens");
    }

    @Test
    void openingScoringNeedsCriteriaAndJurorsAndFreezesTheShortlistAndTheJury() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort, "Land records");
        Application landLedger = fixture.submitted(challenge, fixture.founder("LandLedger", 3, "govtech"));
        Application pattaCheck = fixture.submitted(challenge, fixture.founder("PattaCheck", 4, "govtech"));
        Application lateBloom = fixture.submitted(challenge, fixture.founder("LateBloom", 2, "govtech"));
        Person juror = fixture.juror("Lakshmi Devi", null);
        Person latecomer = fixture.juror("Vikram Singh", null);

        assertEquals("cohort.pitch.noCriteria", key(() -> pitches.openScoring(cohort.getId())));
        EvaluationRound setUp = pitches.setCriteria(cohort.getId(), CRITERIA, false);
        assertEquals("cohort.pitch.noJurors", key(() -> pitches.openScoring(cohort.getId())));
        pitches.addJuror(cohort.getId(), juror.getEmail());
        assertEquals("evaluation.round.noEntries", key(() -> pitches.openScoring(cohort.getId())), "nobody is shortlisted yet");
        assertEquals("evaluation.criteria.weights", key(() -> pitches.setCriteria(cohort.getId(),
                List.of(new RoundCriterion("fit", "Fit", 60), new RoundCriterion("team", "Team", 30)), false)));
        assertEquals(setUp.getId(), pitches.setCriteria(cohort.getId(), CRITERIA, true).getId(), "the same round, corrected while set up");
        assertTrue(pitches.round(cohort).orElseThrow().isTrimmedMean());
        pitches.setCriteria(cohort.getId(), CRITERIA, false);

        fixture.moveAll(List.of(landLedger.getId(), pattaCheck.getId()), ApplicationStatus.SHORTLISTED);
        EvaluationRound round = pitches.openScoring(cohort.getId());
        assertEquals(RoundStatus.SCORING, round.getStatus());
        assertEquals(ids(landLedger, pattaCheck), round.getSubjects());
        assertEquals(ids(landLedger, pattaCheck), tasksOf(juror));
        assertTrue(notifications.latestFor(juror.getEmail()).stream().anyMatch(n -> n.getMessageKey().equals("notification.evaluation.assigned")));

        applications.move(lateBloom.getId(), ApplicationStatus.SHORTLISTED);
        assertEquals(ids(landLedger, pattaCheck), pitches.round(cohort).orElseThrow().getSubjects(),
                "a startup shortlisted after opening is not in the round");
        assertEquals(ids(landLedger, pattaCheck), tasksOf(juror), "and no juror gets a sheet for it");

        assertEquals("evaluation.round.frozen", key(() -> pitches.addJuror(cohort.getId(), latecomer.getEmail())));
        assertEquals("evaluation.round.frozen", key(() -> pitches.removeJuror(cohort.getId(), juror.getId())));
        assertEquals("evaluation.round.frozen", key(() -> pitches.setCriteria(cohort.getId(), CRITERIA, true)));
        assertEquals("evaluation.round.frozen", key(() -> pitches.openScoring(cohort.getId())));
        assertEquals(List.of(juror), pitches.jurors(cohort.getId()));
    }

    @Test
    void aJurorWorkingForAStartupGetsNoSheetForItAndSeesTheOthersAsTheyApplied() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort, "Crop insurance claims");
        Application kisanPay = shortlisted(challenge, "KisanPay");
        Application fasalScan = shortlisted(challenge, "FasalScan");
        Person insider = fixture.juror("Meera Iyer", kisanPay.getStartup());
        Person outsider = fixture.juror("Suresh Babu", null);

        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        pitches.addJuror(cohort.getId(), insider.getEmail());
        pitches.addJuror(cohort.getId(), outsider.getEmail());
        EvaluationRound round = pitches.openScoring(cohort.getId());

        assertEquals(ids(fasalScan), tasksOf(insider), "Meera works for KisanPay");
        assertEquals(ids(kisanPay, fasalScan), tasksOf(outsider));
        assertEquals(3, jury.sheets(round).size(), "2 startups × 2 jurors, less Meera with KisanPay");
        assertTrue(jury.sheets(round).stream().noneMatch(s -> s.getJuror().equals(insider) && s.getSubjectId() == kisanPay.getId()));

        JuryService.JurorTask task = jury.tasks(outsider.getEmail()).stream().filter(t -> t.sheet().getSubjectId() == kisanPay.getId())
                .findFirst().orElseThrow();
        Subject subject = task.subject();
        assertEquals(cohort.owner(), subject.owner());
        assertEquals(kisanPay.getStartup().getName(), subject.title());
        assertTrue(subject.context().startsWith(challenge.getTitle()), subject.context());
        assertEquals("A pilot in six weeks, measured against the challenge's goal.", subject.sections().get(0).text());
        assertEquals(task.sheet().getId(), jury.taskFor(task.sheet().getId(), outsider.getEmail()).sheet().getId());
        assertEquals("error.notFound", key(() -> jury.taskFor(task.sheet().getId(), insider.getEmail())), "someone else's sheet is not found");
    }

    @Test
    void aDeclaredConflictRecusesTheJurorsSheetAndOnlyAJurorOfThisCohortMayDeclareOne() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort, "Primary health centre queues");
        Application mediQueue = shortlisted(challenge, "MediQueue");
        Application careLine = shortlisted(challenge, "CareLine");
        Application tokenDoc = shortlisted(challenge, "TokenDoc");
        Person anil = fixture.juror("Anil Kumar", null);
        Person divya = fixture.juror("Divya Nair", null);
        Cohort other = fixture.telangana(10);
        Application elsewhere = shortlisted(challenge(other, "School attendance"), "RollCall");
        Person otherJuror = fixture.juror("Farhan Ali", null);
        pitches.addJuror(other.getId(), otherJuror.getEmail());
        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        pitches.addJuror(cohort.getId(), anil.getEmail());
        pitches.addJuror(cohort.getId(), divya.getEmail());

        // before scoring opens: Anil's declared conflict keeps him from ever getting a sheet for CareLine
        pitches.declareConflict(careLine.getId(), anil.getEmail(), ConflictType.PERSONAL, "My brother co-founded CareLine");
        EvaluationRound round = pitches.openScoring(cohort.getId());
        assertEquals(ids(mediQueue, tokenDoc), tasksOf(anil));
        assertEquals(ids(mediQueue, careLine, tokenDoc), tasksOf(divya));

        // during scoring: Divya scores MediQueue, then finds she holds shares in it; her submitted score stops counting
        Scoresheet divyasSheet = fixture.score(divya, id -> id.equals(mediQueue.getId()) ? uniform(7) : null).get(0);
        pitches.declareConflict(mediQueue.getId(), divya.getEmail(), ConflictType.FINANCIAL, "  I hold shares in MediQueue ");
        assertEquals(ids(careLine, tokenDoc), tasksOf(divya));
        Scoresheet recused = jury.sheets(round).stream().filter(s -> s.getId().equals(divyasSheet.getId())).findFirst().orElseThrow();
        assertEquals(SheetStatus.RECUSED, recused.getStatus());
        assertEquals("error.notFound", key(() -> jury.sheetFor(divyasSheet.getId(), divya.getEmail())));
        assertTrue(audit.historyOf("Scoresheet", divyasSheet.getId()).stream().anyMatch(e -> e.getDetails() != null
                && e.getDetails().contains("submitted score excluded")), "the audit log says a submitted score was excluded");
        assertEquals(List.of(ConflictType.PERSONAL, ConflictType.FINANCIAL), jury.conflicts(cohort.owner()).stream().map(c -> c.getKind()).toList());
        assertEquals("I hold shares in MediQueue", jury.conflicts(cohort.owner()).get(1).getReason());

        assertEquals("evaluation.conflict.duplicate", key(() -> pitches.declareConflict(mediQueue.getId(), divya.getEmail(), ConflictType.OTHER, "again")));
        assertEquals("evaluation.conflict.reasonRequired", key(() -> pitches.declareConflict(tokenDoc.getId(), divya.getEmail(), ConflictType.OTHER, " ")));
        assertEquals("evaluation.conflict.kindRequired", key(() -> pitches.declareConflict(tokenDoc.getId(), divya.getEmail(),
                ConflictType.SAME_ORGANISATION, "I work there")), "the automatic kinds are not declared");
        assertEquals("error.notFound", key(() -> pitches.declareConflict(mediQueue.getId(), otherJuror.getEmail(), ConflictType.OTHER, "Not my jury")),
                "a juror of another cohort's jury");
        assertEquals("error.notFound", key(() -> pitches.declareConflict(elsewhere.getId(), anil.getEmail(), ConflictType.OTHER, "Not my jury")),
                "a startup of a jury Anil is not on");
        assertEquals("error.notFound", key(() -> pitches.declareConflict(tokenDoc.getId(), tokenDoc.getAuthor().getEmail(), ConflictType.OTHER, "Me")),
                "a founder is on no jury");
        assertEquals("error.notFound", key(() -> pitches.declareConflict(999_999_999_999L, anil.getEmail(), ConflictType.OTHER, "Unknown")));
        assertEquals(2, jury.conflicts(cohort.owner()).size(), "refusals record nothing");

        fixture.score(anil, id -> uniform(id.equals(mediQueue.getId()) ? 8 : 5));
        fixture.score(divya, id -> uniform(id.equals(careLine.getId()) ? 6 : 4));
        pitches.closeScoring(cohort.getId());
        Map<Long, Integer> jurorsCounted = jury.ranking(jury.round(round.getId())).stream()
                .collect(Collectors.toMap(RankedEntry::entryId, RankedEntry::jurorCount));
        assertEquals(Map.of(mediQueue.getId(), 1, careLine.getId(), 1, tokenDoc.getId(), 2), jurorsCounted, "recused and unassigned sheets do not count");
        assertEquals("error.notFound", key(() -> pitches.declareConflict(tokenDoc.getId(), anil.getEmail(), ConflictType.OTHER, "Too late")),
                "nothing to declare once scoring has closed");
    }

    @Test
    void anAssignedJurorOpensTheStartupsDocumentAndNobodyElseOnTheJuryDoes() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort, "Property tax collection");
        Person founder = fixture.founder("TaxTrack", 3, "govtech");
        Application taxTrack = fixture.submittedWithDocument(challenge, founder, "taxtrack-deck.pdf", PDF);
        applications.move(taxTrack.getId(), ApplicationStatus.SHORTLISTED);
        ApplicationDocument deck = applications.documents(taxTrack).get(0);
        Person assigned = fixture.juror("Ramesh Gupta", null);
        Person recused = fixture.juror("Sunita Sharma", null);
        Person notOnTheJury = fixture.juror("Imran Khan", null);
        Person anotherFounder = fixture.founder("LevyLens", 3, "govtech");
        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        pitches.addJuror(cohort.getId(), assigned.getEmail());
        pitches.addJuror(cohort.getId(), recused.getEmail());

        assertEquals("error.notFound", key(() -> applications.documentFor(deck.getId(), assigned.getEmail(), false)),
                "on the jury, but no sheet before scoring opens");
        pitches.declareConflict(taxTrack.getId(), recused.getEmail(), ConflictType.PROFESSIONAL, "I advised TaxTrack last year");
        pitches.openScoring(cohort.getId());

        ApplicationDocument opened = applications.documentFor(deck.getId(), assigned.getEmail(), false);
        assertEquals(deck, opened);
        assertEquals("taxtrack-deck.pdf", opened.getFileName());
        Subject subject = jury.tasks(assigned.getEmail()).get(0).subject();
        assertEquals(List.of(new Subject.Document("taxtrack-deck.pdf", "/cohorts/document?id=" + deck.getId())), subject.documents(),
                "the juror's page links the document");

        assertEquals("error.notFound", key(() -> applications.documentFor(deck.getId(), recused.getEmail(), false)), "a recused juror");
        assertEquals("error.notFound", key(() -> applications.documentFor(deck.getId(), notOnTheJury.getEmail(), false)), "a juror of no jury here");
        assertEquals("error.notFound", key(() -> applications.documentFor(deck.getId(), anotherFounder.getEmail(), false)), "another startup");
        assertEquals(deck, applications.documentFor(deck.getId(), founder.getEmail(), false), "the startup itself");
        assertEquals(deck, applications.documentFor(deck.getId(), MANAGER, true), "a program manager");
        assertEquals("error.notFound", key(() -> applications.documentFor(999_999_999_999L, assigned.getEmail(), false)));
    }

    @Test
    void closingMovesTheScoredStartupsToPitchedAndDraftsDoNotCount() {
        Cohort cohort = fixture.telangana(10);
        Challenge challenge = challenge(cohort, "Citizen grievance redressal", 3);
        Application voiceBox = shortlisted(challenge, "VoiceBox");
        Application fixMyStreet = shortlisted(challenge, "FixMyStreet");
        Application noShow = shortlisted(challenge, "NoShow");
        Person kiran = fixture.juror("Kiran Joshi", null);
        Person latha = fixture.juror("Latha Menon", null);
        pitches.setCriteria(cohort.getId(), CRITERIA, false);
        pitches.addJuror(cohort.getId(), kiran.getEmail());
        pitches.addJuror(cohort.getId(), latha.getEmail());

        assertEquals("evaluation.round.notScoring", key(() -> pitches.closeScoring(cohort.getId())), "not open yet");
        assertEquals("evaluation.round.notScoring", key(() -> pitches.standings(cohort.getId())));
        pitches.openScoring(cohort.getId());
        fixture.score(kiran, id -> id.equals(noShow.getId()) ? null : uniform(id.equals(voiceBox.getId()) ? 8 : 6));
        Scoresheet lathasNoShow = jury.openSheetsOf(latha.getEmail()).stream().filter(s -> s.getSubjectId() == noShow.getId()).findFirst().orElseThrow();
        jury.saveDraft(lathasNoShow.getId(), latha.getEmail(), Map.of("fit", 5), Map.of());
        fixture.score(latha, id -> id.equals(fixMyStreet.getId()) ? uniform(7) : null);
        assertEquals("evaluation.round.notClosed", key(() -> pitches.acceptByRanking(cohort.getId())));

        EvaluationRound closed = pitches.closeScoring(cohort.getId());
        assertEquals(RoundStatus.CLOSED, closed.getStatus());
        assertEquals(ApplicationStatus.PITCHED, status(voiceBox));
        assertEquals(ApplicationStatus.PITCHED, status(fixMyStreet));
        assertEquals(ApplicationStatus.SHORTLISTED, status(noShow), "nobody scored NoShow (a draft is no score): the manager decides");
        assertEquals(List.of(voiceBox.getId(), fixMyStreet.getId()),
                pitches.standings(cohort.getId()).stream().map(s -> s.application().getId()).toList());
        assertEquals("evaluation.round.notScoring", key(() -> pitches.closeScoring(cohort.getId())), "closed once");
        assertEquals("evaluation.round.notScoring", key(() -> jury.submit(lathasNoShow.getId(), latha.getEmail(), uniform(5), Map.of())),
                "no more scoring");

        assertEquals(2, pitches.acceptByRanking(cohort.getId()), "the challenge takes 3 teams");
        assertEquals(ApplicationStatus.SHORTLISTED, status(noShow));
        List<Object> funnel = applications.funnel(applications.get(voiceBox.getId()).getChallenge().getCohort()).rows().stream().map(r -> r.get(1)).toList();
        assertEquals(List.of(3L, 3L, 3L, 2L, 2L), funnel, "submitted, eligible, shortlisted, pitched, accepted");
    }

    /**
     * Four startups, two jurors. Harsh Hari works for Dhruva, so he scores Aadhya 5, Bhoomi 3, Chakra 4; lenient Lalitha
     * declared a conflict with Aadhya, so she scores Bhoomi 9, Chakra 8, Dhruva 7. By raw mean the order is Dhruva 7.0,
     * Bhoomi and Chakra 6.0, Aadhya 5.0. Per juror: Hari's mean 4, σ = √(2/3), so Aadhya z = +√1.5, Bhoomi −√1.5,
     * Chakra 0; Lalitha's mean 8, σ = √(2/3), so Bhoomi +√1.5, Chakra 0, Dhruva −√1.5. Mean z: Aadhya +√1.5 ≈ 1.224744871,
     * Bhoomi 0, Chakra 0, Dhruva −√1.5: the order turns round. Normalised (5.5 + 4.5 m / max|m|): 10, 5.5, 5.5, 1.
     * Bhoomi and Chakra tie on z and on the raw median (6.0); Bhoomi has one total of 9.0 or more, Chakra none.
     */
    @Test
    void theRankingNormalisesEachJurorsScoresSoThatAHarshAndALenientJurorWeighAlike() {
        Cohort cohort = fixture.telangana(2);
        Challenge farms = challenge(cohort, "Farm advisory", 2);
        Challenge water = challenge(cohort, "Water supply", 2);
        Application aadhya = shortlisted(farms, "Aadhya");
        Application bhoomi = shortlisted(farms, "Bhoomi");
        Application chakra = shortlisted(water, "Chakra");
        Application dhruva = shortlisted(water, "Dhruva");
        Person hari = fixture.juror("Hari Prasad", dhruva.getStartup());
        Person lalitha = fixture.juror("Lalitha Rao", null);
        pitches.addJuror(cohort.getId(), lalitha.getEmail());
        pitches.declareConflict(aadhya.getId(), lalitha.getEmail(), ConflictType.PERSONAL, "Aadhya's founder is my cousin");

        EvaluationRound round = pitchDay(cohort, scores(
                hari, Map.of(aadhya.getId(), 5, bhoomi.getId(), 3, chakra.getId(), 4),
                lalitha, Map.of(bhoomi.getId(), 9, chakra.getId(), 8, dhruva.getId(), 7)));
        assertEquals(6, jury.sheets(round).size(), "4 startups × 2 jurors, less Hari with Dhruva and Lalitha with Aadhya");

        List<PitchService.PitchStanding> standings = pitches.standings(cohort.getId());
        assertEquals(List.of(aadhya.getId(), bhoomi.getId(), chakra.getId(), dhruva.getId()), idList(standings),
                "by raw mean it would be Dhruva (7.0), Bhoomi and Chakra (6.0), Aadhya (5.0)");
        List<RankedEntry> ranked = standings.stream().map(PitchService.PitchStanding::ranked).toList();
        double z = Math.sqrt(1.5);
        assertArrayEquals(new double[] {z, 0, 0, -z}, ranked.stream().mapToDouble(RankedEntry::meanZ).toArray(), 1e-9);
        assertArrayEquals(new double[] {10, 5.5, 5.5, 1}, ranked.stream().mapToDouble(RankedEntry::normalisedScore).toArray(), 1e-9);
        assertArrayEquals(new double[] {5, 6, 6, 7}, ranked.stream().mapToDouble(RankedEntry::rawMedian).toArray(), 1e-9);
        assertEquals(List.of(1, 2, 2, 1), ranked.stream().map(RankedEntry::jurorCount).toList());
        assertEquals(List.of(0, 1, 0, 0), ranked.stream().map(RankedEntry::topScores).toList());
        assertEquals(List.of(TieBreak.NORMALISED_SCORE, TieBreak.TOP_SCORES, TieBreak.NORMALISED_SCORE, TieBreak.NONE),
                ranked.stream().map(RankedEntry::tieBreakWithNext).toList());
        assertEquals(List.of(1, 2, 3, 4), standings.stream().map(PitchService.PitchStanding::rank).toList());

        Map<Long, JurorStatistics> statistics = jury.jurorStatistics(round);
        assertEquals(4.0, statistics.get(hari.getId()).mean(), 1e-9, "Hari is harsh");
        assertEquals(8.0, statistics.get(lalitha.getId()).mean(), 1e-9, "Lalitha is lenient");
        assertEquals(Math.sqrt(2.0 / 3), statistics.get(hari.getId()).sigma(), 1e-9);
        assertEquals(Math.sqrt(2.0 / 3), statistics.get(lalitha.getId()).sigma(), 1e-9);

        assertEquals(List.of(true, true, false, false), standings.stream().map(PitchService.PitchStanding::proposed).toList(),
                "two places: Aadhya and Bhoomi, not Dhruva with the best raw mean");
    }

    @Test
    void acceptingByRankingFillsTheCohortWithinItsCapacityAndTheChallengesTeamLimitsAndWaitlistsTheRest() {
        Cohort cohort = fixture.telangana(3);
        Challenge land = challenge(cohort, "Land records");              // the accelerator's default: 1 team
        Challenge crops = challenge(cohort, "Crop insurance claims", 2);
        Application bhuNaksha = shortlisted(land, "BhuNaksha");
        Application pattaPro = shortlisted(land, "PattaPro");
        Application rythuBima = shortlisted(crops, "RythuBima");
        Application cropCover = shortlisted(crops, "CropCover");
        Application fieldEye = shortlisted(crops, "FieldEye");
        Person neha = fixture.juror("Neha Kapoor", null);
        Person omar = fixture.juror("Omar Sheikh", null);
        pitchDay(cohort, scores(
                neha, Map.of(bhuNaksha.getId(), 9, pattaPro.getId(), 8, rythuBima.getId(), 7, cropCover.getId(), 6, fieldEye.getId(), 4),
                omar, Map.of(bhuNaksha.getId(), 8, pattaPro.getId(), 7, rythuBima.getId(), 6, cropCover.getId(), 5, fieldEye.getId(), 3)));

        List<PitchService.PitchStanding> standings = pitches.standings(cohort.getId());
        assertEquals(List.of(bhuNaksha.getId(), pattaPro.getId(), rythuBima.getId(), cropCover.getId(), fieldEye.getId()), idList(standings));
        assertEquals(List.of(true, false, true, true, false), standings.stream().map(PitchService.PitchStanding::proposed).toList(),
                "PattaPro is second, but Land records takes one team; FieldEye would be a third crop team and a fourth startup");

        assertEquals(3, pitches.acceptByRanking(cohort.getId()));
        assertEquals(List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED,
                ApplicationStatus.WAITLISTED), Stream.of(bhuNaksha, pattaPro, rythuBima, cropCover, fieldEye).map(this::status).toList());
        assertEquals(List.of(1, 2, 3), Stream.of(bhuNaksha, rythuBima, cropCover).map(a -> applications.get(a.getId()).getDemoPosition()).toList(),
                "demo day follows the ranking");
        assertNull(applications.get(pattaPro.getId()).getDemoPosition());

        assertTold(bhuNaksha, "notification.cohort.accepted", land);
        assertTold(rythuBima, "notification.cohort.accepted", crops);
        assertTold(pattaPro, "notification.cohort.waitlisted", land);
        assertTold(fieldEye, "notification.cohort.waitlisted", crops);
        assertFalse(notifications.latestFor(pattaPro.getAuthor().getEmail()).stream().anyMatch(n -> n.getMessageKey().equals("notification.cohort.accepted")));

        assertEquals(List.of(true, false, true, true, false), pitches.standings(cohort.getId()).stream().map(PitchService.PitchStanding::proposed).toList(),
                "the accepted stay proposed");
        assertEquals(0, pitches.acceptByRanking(cohort.getId()), "confirming again changes nothing: the cohort is full");
        assertEquals(ApplicationStatus.WAITLISTED, status(pattaPro));
        assertEquals("cohort.application.cohortFull", key(() -> applications.move(fieldEye.getId(), ApplicationStatus.ACCEPTED)));
        ReportTable funnel = applications.funnel(applications.get(bhuNaksha.getId()).getChallenge().getCohort());
        assertEquals(List.of(5L, 5L, 5L, 5L, 3L), funnel.rows().stream().map(r -> r.get(1)).toList());
        assertTrue(pitches.agenda(cohort.getId()).stream().allMatch(slot -> slot.startsAt() == null), "no demo day dates yet, no times");
    }

    private void assertTold(Application application, String messageKey, Challenge challenge) {
        List<Notification> told = notifications.latestFor(application.getAuthor().getEmail()).stream()
                .filter(n -> n.getMessageKey().equals(messageKey)).toList();
        assertEquals(1, told.size(), application.getStartup().getName() + " " + messageKey);
        assertArrayEquals(new Object[] {challenge.getTitle()}, told.get(0).parameterValues());
    }

    @Test
    void theDemoDayAgendaFollowsTheRankingFromTenOClockAndTheManagerReordersIt() {
        LocalDate demoDay = Clock.now().toLocalDate().plusMonths(8);
        Cohort cohort = fixture.withDemoDay(fixture.telangana(10), demoDay);
        Application first = shortlisted(challenge(cohort, "Street lights"), "LumenGrid");
        Application second = shortlisted(challenge(cohort, "Bus arrivals"), "BusWatch");
        Application third = shortlisted(challenge(cohort, "Lake levels"), "LakeSense");
        Application unplaced = shortlisted(challenge(cohort, "Birth certificates"), "CertiFast");
        Person juror = fixture.juror("Pooja Verma", null);
        pitchDay(cohort, scores(juror, Map.of(first.getId(), 9, second.getId(), 7, third.getId(), 6, unplaced.getId(), 3)));
        applications.move(unplaced.getId(), ApplicationStatus.REJECTED);
        assertEquals(3, pitches.acceptByRanking(cohort.getId()));

        LocalDateTime ten = demoDay.atTime(10, 0);
        List<PitchService.AgendaSlot> agenda = pitches.agenda(cohort.getId());
        assertEquals(List.of(first.getId(), second.getId(), third.getId()), agenda.stream().map(s -> s.application().getId()).toList());
        assertEquals(List.of(1, 2, 3), agenda.stream().map(PitchService.AgendaSlot::position).toList());
        assertEquals(List.of(ten, ten.plusMinutes(10), ten.plusMinutes(20)), agenda.stream().map(PitchService.AgendaSlot::startsAt).toList(),
                "10 minutes each by default, from 10:00 on the first day of demo day");

        pitches.setDemoSlotMinutes(cohort.getId(), 15);
        assertEquals(List.of(ten, ten.plusMinutes(15), ten.plusMinutes(30)), pitches.agenda(cohort.getId()).stream().map(PitchService.AgendaSlot::startsAt).toList());
        assertEquals("cohort.demoDay.slotMinutes", key(() -> pitches.setDemoSlotMinutes(cohort.getId(), 0)));
        assertEquals("cohort.demoDay.slotMinutes", key(() -> pitches.setDemoSlotMinutes(cohort.getId(), 121)));

        List<PitchService.AgendaSlot> moved = pitches.moveInAgenda(cohort.getId(), third.getId(), true);
        assertEquals(List.of(first.getId(), third.getId(), second.getId()), moved.stream().map(s -> s.application().getId()).toList());
        assertEquals(List.of(ten, ten.plusMinutes(15), ten.plusMinutes(30)), moved.stream().map(PitchService.AgendaSlot::startsAt).toList(),
                "the times stay; the startups change places");
        assertEquals(List.of(first.getId(), third.getId(), second.getId()), pitches.moveInAgenda(cohort.getId(), first.getId(), true).stream()
                .map(s -> s.application().getId()).toList(), "the first cannot go earlier");
        assertEquals(List.of(first.getId(), third.getId(), second.getId()), pitches.moveInAgenda(cohort.getId(), second.getId(), false).stream()
                .map(s -> s.application().getId()).toList(), "nor the last later");
        assertEquals(List.of(third.getId(), first.getId(), second.getId()), pitches.moveInAgenda(cohort.getId(), first.getId(), false).stream()
                .map(s -> s.application().getId()).toList());
        assertEquals(List.of(2, 3, 1), Stream.of(first, second, third).map(a -> applications.get(a.getId()).getDemoPosition()).toList(),
                "the order is stored");
        assertEquals("error.notFound", key(() -> pitches.moveInAgenda(cohort.getId(), unplaced.getId(), true)), "only accepted startups pitch on demo day");
    }
}
