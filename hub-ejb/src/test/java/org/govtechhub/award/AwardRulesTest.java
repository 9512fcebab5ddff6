package org.govtechhub.award;

import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The awards' rules that live in entities and value objects: eligibility, deadlines, attachments, scorecards, frozen rounds. */
class AwardRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 12, 0);
    private static final List<RoundCriterion> CRITERIA = List.of(new RoundCriterion("impact", "Impact", 40),
            new RoundCriterion("innovation", "Innovation", 30), new RoundCriterion("scalability", "Scalability", 20),
            new RoundCriterion("citizen", "Citizen focus", 10));

    private final Organisation transport = withId(new Organisation("Transport Scotland", OrganisationKind.DEPARTMENT), 1);
    private final Organisation startup = withId(new Organisation("OpenPermit Labs", OrganisationKind.STARTUP), 2);
    private final Person fiona = withId(new Person("Fiona MacLeod", "fiona@example.org", transport, EnumSet.of(Role.CIVIL_SERVANT)), 10);
    private final Person sara = withId(new Person("Sara Lindqvist", "sara@example.org", startup, EnumSet.of(Role.STARTUP)), 11);

    private AwardEdition edition(AwardEdition previous) {
        AwardEdition edition = withId(new AwardEdition("Awards 2027", NOW.minusDays(10), NOW.plusDays(10)), previous == null ? 100 : 101);
        edition.setPreviousEdition(previous);
        return edition;
    }

    private static AwardEntry entry(Nomination nomination, EntrantType type, Person author, long id) {
        AwardEntry entry = withId(new AwardEntry(nomination, type, author, "Entry " + id), id);
        entry.setSummary("What we did");
        entry.setResults("What changed, measured");
        return entry;
    }

    @Test
    void aStartupMayEnterOnlyANominationThatAdmitsStartups() {
        Nomination citizen = new Nomination(edition(null), "Citizen-centred", EnumSet.of(EntrantType.DEPARTMENT, EntrantType.TEAM), 3, 1);
        Eligibility check = Eligibility.of(entry(citizen, EntrantType.STARTUP, sara, 1), List.of(), List.of());
        assertFalse(check.eligible());
        assertEquals("award.eligibility.typeNotAllowed", check.firstFailure().orElseThrow().messageKey());
    }

    @Test
    void aCivilServantCannotEnterAsAStartup() {
        Nomination open = new Nomination(edition(null), "Open innovation", EnumSet.allOf(EntrantType.class), 3, 1);
        Eligibility check = Eligibility.of(entry(open, EntrantType.STARTUP, fiona, 1), List.of(), List.of());
        assertEquals("award.eligibility.organisationMismatch", check.firstFailure().orElseThrow().messageKey());
        assertTrue(Eligibility.of(entry(open, EntrantType.DEPARTMENT, fiona, 2), List.of(), List.of()).eligible());
    }

    @Test
    void oneSubmittedEntryPerEntrantPerNomination() {
        Nomination open = new Nomination(edition(null), "Open innovation", EnumSet.allOf(EntrantType.class), 3, 1);
        AwardEntry first = entry(open, EntrantType.STARTUP, sara, 1);
        first.submit(NOW);
        AwardEntry second = entry(open, EntrantType.STARTUP, sara, 2);
        Eligibility check = Eligibility.of(second, List.of(first, second), List.of());
        assertEquals("award.eligibility.alreadyEntered", check.firstFailure().orElseThrow().messageKey());
        first.withdraw();
        assertTrue(Eligibility.of(second, List.of(first, second), List.of()).eligible(), "a withdrawn entry no longer counts");
    }

    @Test
    void lastEditionsWinnerMayNotEnterButOthersMay() {
        AwardEdition last = edition(null);
        Nomination lastOpen = new Nomination(last, "Open innovation", EnumSet.allOf(EntrantType.class), 3, 1);
        AwardEntry won = entry(lastOpen, EntrantType.STARTUP, sara, 1);
        won.markFinalist(true);
        won.award(Prize.WINNER, null);
        Nomination open = new Nomination(edition(last), "Open innovation", EnumSet.allOf(EntrantType.class), 3, 1);

        Eligibility refused = Eligibility.of(entry(open, EntrantType.STARTUP, sara, 2), List.of(), List.of(won));
        Eligibility.Check failure = refused.firstFailure().orElseThrow();
        assertEquals("award.eligibility.previousWinner", failure.messageKey());
        assertEquals("Awards 2027", failure.parameters()[0]);
        assertTrue(Eligibility.of(entry(open, EntrantType.DEPARTMENT, fiona, 3), List.of(), List.of(won)).eligible());
        assertEquals(4, refused.checks().size(), "every rule is listed with its outcome");
    }

    @Test
    void entriesAreSubmittedOnlyWhileTheCallIsOpenAndOnlyComplete() {
        Nomination open = new Nomination(edition(null), "Open", EnumSet.allOf(EntrantType.class), 3, 1);
        AwardEntry late = entry(open, EntrantType.TEAM, fiona, 1);
        assertEquals("award.entry.deadlinePassed", assertThrows(BusinessException.class, () -> late.submit(NOW.plusDays(10))).getMessageKey());
        assertEquals("award.entry.callNotOpen", assertThrows(BusinessException.class, () -> late.submit(NOW.minusDays(11))).getMessageKey());
        AwardEntry empty = entry(open, EntrantType.TEAM, fiona, 2);
        empty.setResults(" ");
        assertEquals("award.entry.resultsRequired", assertThrows(BusinessException.class, () -> empty.submit(NOW)).getMessageKey());
        late.submit(NOW);
        assertEquals(EntryStatus.SUBMITTED, late.getStatus());
        assertEquals("award.entry.notDraft", assertThrows(BusinessException.class, late::requireDraft).getMessageKey());
    }

    @Test
    void theTeamListNamesJurorsByEmailAndTheEntrantKeyFollowsTheType() {
        Nomination open = new Nomination(edition(null), "Open", EnumSet.allOf(EntrantType.class), 3, 1);
        AwardEntry team = entry(open, EntrantType.TEAM, fiona, 1);
        team.setTeam("Fiona MacLeod\nEwan Stewart <E.Stewart@Example.org>, lead");
        Person ewan = withId(new Person("Ewan Stewart", "e.stewart@example.org", transport, EnumSet.of(Role.JUROR)), 12);
        assertTrue(team.isOnTeam(ewan));
        assertTrue(team.isOnTeam(fiona), "the author is on the team");
        assertFalse(team.isOnTeam(sara));
        assertEquals("team:10", team.entrantKey());
        assertEquals("organisation:1", entry(open, EntrantType.DEPARTMENT, fiona, 2).entrantKey());
        assertEquals("person:10", entry(open, EntrantType.INDIVIDUAL, fiona, 3).entrantKey());
    }

    @Test
    void attachmentsMustBePdfByContentAndAtMostFiveMegabytes() {
        AwardEntry entry = entry(new Nomination(edition(null), "Open", EnumSet.allOf(EntrantType.class), 3, 1), EntrantType.TEAM, fiona, 1);
        Attachment pdf = new Attachment(entry, "C:\\Users\\fiona\\report.pdf", "%PDF-1.7 minimal".getBytes(StandardCharsets.US_ASCII));
        assertEquals("report.pdf", pdf.getFileName());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
        assertEquals("award.attachment.notPdf", assertThrows(BusinessException.class, () -> new Attachment(entry, "photo.pdf", png)).getMessageKey());
        assertEquals("award.attachment.tooLarge", assertThrows(BusinessException.class,
                () -> Attachment.checkSize(Attachment.MAX_BYTES + 1L)).getMessageKey());
        assertEquals("award.attachment.empty", assertThrows(BusinessException.class, () -> Attachment.checkSize(0)).getMessageKey());
    }

    @Test
    void aRoundsWeightsMustSumToOneHundredAndFreezeOnceScoringOpens() {
        assertEquals("evaluation.criteria.weights", assertThrows(BusinessException.class, () -> new EvaluationRound("award-edition:1", 1, false,
                List.of(new RoundCriterion("impact", "Impact", 60), new RoundCriterion("innovation", "Innovation", 30)))).getMessageKey());
        EvaluationRound round = new EvaluationRound("award-edition:1", 1, false, CRITERIA);
        round.open(Set.of(1L, 2L), NOW);
        assertEquals("evaluation.round.frozen", assertThrows(BusinessException.class, () -> round.replaceCriteria(CRITERIA)).getMessageKey());
        assertEquals("evaluation.round.frozen", assertThrows(BusinessException.class, () -> round.open(Set.of(3L), NOW)).getMessageKey());
        assertTrue(round.includes(2L));
        assertFalse(round.includes(3L));
    }

    @Test
    void aScorecardNeedsEveryCriterionAndACommentForExtremeScores() {
        EvaluationRound round = new EvaluationRound("award-edition:1", 1, false, CRITERIA);
        round.open(Set.of(1L), NOW);
        Scoresheet sheet = new Scoresheet(round, fiona, 1L, 50, "data");
        sheet.fillIn(Map.of("impact", 7, "innovation", 6), Map.of(), NOW);
        assertEquals(SheetStatus.DRAFT, sheet.getStatus(), "a partial draft is kept");
        assertEquals("evaluation.score.missing", assertThrows(BusinessException.class, () -> sheet.submit(NOW)).getMessageKey());
        sheet.fillIn(Map.of("impact", 10, "innovation", 6, "scalability", 5, "citizen", 4), Map.of(), NOW);
        BusinessException noComment = assertThrows(BusinessException.class, () -> sheet.submit(NOW));
        assertEquals("evaluation.score.commentRequired", noComment.getMessageKey());
        assertEquals("Impact", noComment.getParameters()[0]);
        assertEquals("evaluation.score.range", assertThrows(BusinessException.class,
                () -> sheet.fillIn(Map.of("impact", 11), Map.of(), NOW)).getMessageKey());
        sheet.fillIn(Map.of("impact", 10, "innovation", 6, "scalability", 5, "citizen", 4), Map.of("impact", "Halved waiting times"), NOW);
        sheet.submit(NOW);
        assertEquals(SheetStatus.SUBMITTED, sheet.getStatus());
        assertEquals((10 * 40 + 6 * 30 + 5 * 20 + 4 * 10) / 100.0, sheet.weightedTotal(), 1e-9);
        assertTrue(sheet.recuse(NOW), "a recusal after scoring reports that a score was excluded");
        assertTrue(sheet.scorecard().recused());
        assertEquals("evaluation.sheet.recused", assertThrows(BusinessException.class,
                () -> sheet.fillIn(Map.of("impact", 5), Map.of(), NOW)).getMessageKey());
    }

    @Test
    void aNominationCannotHaveMoreWinnersThanFinalistsNorNoEntrantType() {
        assertEquals("award.nomination.winnersAboveFinalists", assertThrows(BusinessException.class,
                () -> new Nomination(edition(null), "N", EnumSet.of(EntrantType.TEAM), 2, 3).check()).getMessageKey());
        assertEquals("award.nomination.typesRequired", assertThrows(BusinessException.class,
                () -> new Nomination(edition(null), "N", EnumSet.noneOf(EntrantType.class), 3, 1).check()).getMessageKey());
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
