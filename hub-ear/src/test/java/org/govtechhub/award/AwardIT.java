package org.govtechhub.award;

import jakarta.inject.Inject;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditEntry;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.govtechhub.award.AwardFixture.scores;
import static org.govtechhub.award.AwardFixture.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the awards, one at a time, through the real services on the real database. */
@ExtendWith(ArquillianExtension.class)
class AwardIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(AwardIT.class, AwardFixture.class).build();
    }

    @Inject
    private AwardFixture fixture;

    @Inject
    private AwardService awards;

    @Inject
    private EntryService entries;

    @Inject
    private JudgingService judging;

    @Inject
    private JuryService jury;

    @Inject
    private AuditService audit;

    private static String refusal(Executable call) {
        return assertThrows(BusinessException.class, call).getMessageKey();
    }

    private static Map<String, Boolean> rules(Eligibility eligibility) {
        return eligibility.checks().stream().collect(Collectors.toMap(Eligibility.Check::rule, Eligibility.Check::passed));
    }

    private EvaluationRound round(AwardEdition edition, int number) {
        return judging.requireRound(awards.get(edition.getId()), number);
    }

    private List<Scoresheet> sheets(AwardEdition edition, int number) {
        return jury.sheets(round(edition, number));
    }

    private List<AwardEntry> submitted(AwardEdition edition) {
        return entries.entriesOf(edition).stream().filter(e -> e.getStatus() == EntryStatus.SUBMITTED).toList();
    }

    private Scoresheet sheetOf(AwardEdition edition, int number, Person juror, AwardEntry entry) {
        return sheets(edition, number).stream()
                .filter(s -> s.getJuror().equals(juror) && s.getSubjectId() == entry.getId()).findFirst().orElseThrow();
    }

    // --- 1. eligibility -----------------------------------------------------------------------------------------------

    @Test
    void anEntrantTypeTheNominationDoesNotAdmitIsRefused() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination departmentsOnly = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT, EntrantType.TEAM);
        Person founder = fixture.entrant("Lena Fischer", fixture.organisation("ParkPass", OrganisationKind.STARTUP));
        AwardEntry entry = fixture.draft(departmentsOnly, EntrantType.STARTUP, founder, "ParkPass", "", "");

        assertEquals("award.eligibility.typeNotAllowed", refusal(() -> entries.submit(entry.getId(), founder.getEmail())));

        Eligibility eligibility = entries.eligibility(entries.get(entry.getId()));
        assertEquals(List.of("type", "organisation", "oneEntry", "previousWinner"),
                eligibility.checks().stream().map(Eligibility.Check::rule).toList(), "every rule is listed");
        assertEquals(Map.of("type", false, "organisation", true, "oneEntry", true, "previousWinner", true), rules(eligibility));
        assertFalse(eligibility.eligible());
        assertEquals(EntryStatus.DRAFT, entries.get(entry.getId()).getStatus());
    }

    @Test
    void anEntrantFromAnOrganisationOfTheWrongKindIsRefused() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination startups = fixture.nomination(edition, "GovTech startup of the year", EntrantType.STARTUP);
        Person civilServant = fixture.entrant("Tom Baker", fixture.organisation("Ministry of Transport", OrganisationKind.DEPARTMENT));
        AwardEntry posingAsStartup = fixture.draft(startups, EntrantType.STARTUP, civilServant, "Roadworks map", "", "");

        assertEquals("award.eligibility.organisationMismatch", refusal(() -> entries.submit(posingAsStartup.getId(), civilServant.getEmail())));
        assertEquals(Map.of("type", true, "organisation", false, "oneEntry", true, "previousWinner", true),
                rules(entries.eligibility(entries.get(posingAsStartup.getId()))));

        Person founder = fixture.entrant("Ada Okafor", fixture.organisation("QueueLess", OrganisationKind.STARTUP));
        AwardEntry real = fixture.submitted(startups, EntrantType.STARTUP, founder, "QueueLess");
        assertEquals(EntryStatus.SUBMITTED, real.getStatus(), "a startup's founder may enter");
    }

    @Test
    void anEntrantEntersANominationOnlyOnce() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Organisation department = fixture.organisation("Tax Agency", OrganisationKind.DEPARTMENT);
        Person first = fixture.entrant("Mia Novak", department);
        Person colleague = fixture.entrant("Raj Patel", department);
        AwardEntry entered = fixture.submitted(nomination, EntrantType.DEPARTMENT, first, "Pre-filled tax return");
        AwardEntry second = fixture.draft(nomination, EntrantType.DEPARTMENT, colleague, "Tax chatbot", "", "");

        assertEquals("award.eligibility.alreadyEntered", refusal(() -> entries.submit(second.getId(), colleague.getEmail())));
        assertEquals(Map.of("type", true, "organisation", true, "oneEntry", false, "previousWinner", true),
                rules(entries.eligibility(entries.get(second.getId()))));

        entries.withdraw(entered.getId(), first.getEmail());
        assertEquals(EntryStatus.SUBMITTED, entries.submit(second.getId(), colleague.getEmail()).getStatus(),
                "once the first entry is withdrawn, the department may enter again");
    }

    @Test
    void lastEditionsWinnerMayNotEnterButOthersMay() {
        Organisation winnerDepartment = fixture.organisation("Land Registry", OrganisationKind.DEPARTMENT);
        AwardEdition previous = fixture.publishedEditionWonBy(fixture.entrant("Eva Lindqvist", winnerDepartment), EntrantType.DEPARTMENT);
        assertTrue(awards.published(previous.getId()).isPublished());
        assertEquals(1, awards.results(previous).stream().filter(AwardEntry::isWinner).count());

        AwardEdition edition = fixture.edition("Public Service Awards", Clock.now().minusDays(1), Clock.now().plusDays(1), 3, 15, previous);
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person sameDepartment = fixture.entrant("Jonas Berg", winnerDepartment);
        AwardEntry again = fixture.draft(nomination, EntrantType.DEPARTMENT, sameDepartment, "Digital deeds", "", "");

        assertEquals("award.eligibility.previousWinner", refusal(() -> entries.submit(again.getId(), sameDepartment.getEmail())));
        Eligibility eligibility = entries.eligibility(entries.get(again.getId()));
        assertEquals(Map.of("type", true, "organisation", true, "oneEntry", true, "previousWinner", false), rules(eligibility));
        assertEquals("award.eligibility.previousWinner", eligibility.firstFailure().orElseThrow().messageKey());

        Person other = fixture.entrant("Noor Haddad", fixture.organisation("Statistics Office", OrganisationKind.DEPARTMENT));
        AwardEntry newcomer = fixture.submitted(nomination, EntrantType.DEPARTMENT, other, "Open statistics");
        assertEquals(EntryStatus.SUBMITTED, newcomer.getStatus());
        assertTrue(entries.eligibility(newcomer).eligible());
    }

    // --- 2. deadlines -------------------------------------------------------------------------------------------------

    @Test
    void anEntryIsRefusedOnceTheCallHasClosed() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Paul Martin", fixture.organisation("Health Agency", OrganisationKind.DEPARTMENT));
        AwardEntry late = fixture.draft(nomination, EntrantType.DEPARTMENT, author, "Vaccination booking", "", "");
        assertTrue(entries.openNominations().contains(nomination), "the nomination is open while the call is");

        fixture.closeCall(edition);

        assertFalse(entries.openNominations().contains(nomination));
        assertEquals("award.entry.deadlinePassed", refusal(() -> entries.submit(late.getId(), author.getEmail())));
        AwardEntry changed = entries.get(late.getId());
        changed.setSummary("Too late");
        assertEquals("award.entry.deadlinePassed", refusal(() -> entries.update(changed, author.getEmail())));
        assertEquals("award.entry.deadlinePassed",
                refusal(() -> entries.draft(nomination.getId(), EntrantType.DEPARTMENT, "Another", author.getEmail())));
        assertEquals(EntryStatus.DRAFT, entries.get(late.getId()).getStatus());
    }

    @Test
    void nothingIsDraftedBeforeTheCallOpens() {
        AwardEdition edition = fixture.edition("Public Service Awards", Clock.now().plusDays(1), Clock.now().plusDays(30), 3, 15, null);
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Paul Martin", fixture.organisation("Health Agency", OrganisationKind.DEPARTMENT));

        assertEquals("award.entry.callNotOpen",
                refusal(() -> entries.draft(nomination.getId(), EntrantType.DEPARTMENT, "Early bird", author.getEmail())));
        assertFalse(entries.openNominations().contains(nomination));
        assertTrue(entries.entriesOf(author.getEmail()).isEmpty());
    }

    @Test
    void theEntrantWithdrawsASubmittedEntry() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Lea Weber", fixture.organisation("Water Board", OrganisationKind.DEPARTMENT));
        AwardEntry entry = fixture.submitted(nomination, EntrantType.DEPARTMENT, author, "Flood alerts");
        Person stranger = fixture.entrant("Someone Else", fixture.organisation("Water Board", OrganisationKind.DEPARTMENT));

        assertEquals("error.notFound", refusal(() -> entries.withdraw(entry.getId(), stranger.getEmail())));
        assertEquals(EntryStatus.WITHDRAWN, entries.withdraw(entry.getId(), author.getEmail()).getStatus());
        assertEquals(EntryStatus.WITHDRAWN, entries.get(entry.getId()).getStatus());
        assertTrue(submitted(edition).isEmpty(), "a withdrawn entry is not judged");
        assertEquals("award.entry.alreadyWithdrawn", refusal(() -> entries.withdraw(entry.getId(), author.getEmail())));
    }

    @Test
    void aSubmittedEntryCanNoLongerBeEdited() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Lea Weber", fixture.organisation("Water Board", OrganisationKind.DEPARTMENT));
        AwardEntry entry = fixture.submitted(nomination, EntrantType.DEPARTMENT, author, "Flood alerts");

        entry.setSummary("Rewritten after submission");
        assertEquals("award.entry.notDraft", refusal(() -> entries.update(entry, author.getEmail())));
        assertEquals("award.entry.notDraft", refusal(() -> entries.attach(entry.getId(), author.getEmail(), "extra.pdf", AwardFixture.smallPdf())));
        assertEquals("award.entry.notDraft", refusal(() -> entries.submit(entry.getId(), author.getEmail())));
        assertTrue(entries.get(entry.getId()).getSummary().startsWith("What Flood alerts"), "the submitted text is kept");
    }

    // --- 3. attachments -----------------------------------------------------------------------------------------------

    @Test
    void aRealPdfIsAttachedAndOnlyItsAuthorOrAManagerFetchesIt() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Ines Costa", fixture.organisation("Courts Service", OrganisationKind.DEPARTMENT));
        AwardEntry entry = fixture.draft(nomination, EntrantType.DEPARTMENT, author, "Online small claims", "", "");
        byte[] pdf = AwardFixture.smallPdf();

        Attachment attachment = entries.attach(entry.getId(), author.getEmail(), "C:\\Users\\ines\\evidence.pdf", pdf);

        assertEquals("evidence.pdf", attachment.getFileName());
        assertEquals(pdf.length, attachment.getSizeBytes());
        assertArrayEquals(pdf, entries.attachmentFor(attachment.getId(), author.getEmail(), false).getContent());
        assertArrayEquals(pdf, entries.attachmentFor(attachment.getId(), "manager@example.org", true).getContent());
        Person stranger = fixture.entrant("Curious Colleague", fixture.organisation("Courts Service", OrganisationKind.DEPARTMENT));
        assertEquals("error.notFound", refusal(() -> entries.attachmentFor(attachment.getId(), stranger.getEmail(), false)));
        assertEquals("error.notFound", refusal(() -> entries.removeAttachment(attachment.getId(), stranger.getEmail())));
        assertEquals(1, entries.attachments(entries.get(entry.getId())).size());
    }

    @Test
    void aFileRenamedToPdfIsRefusedByItsContent() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Ines Costa", fixture.organisation("Courts Service", OrganisationKind.DEPARTMENT));
        AwardEntry entry = fixture.draft(nomination, EntrantType.DEPARTMENT, author, "Online small claims", "", "");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        byte[] text = "Our results, see attached. %PDF-1.4 is not at the start.".getBytes(StandardCharsets.US_ASCII);

        assertEquals("award.attachment.notPdf", refusal(() -> entries.attach(entry.getId(), author.getEmail(), "chart.pdf", png)));
        assertEquals("award.attachment.notPdf", refusal(() -> entries.attach(entry.getId(), author.getEmail(), "results.pdf", text)));
        assertEquals("award.attachment.notPdf", refusal(() -> entries.attach(entry.getId(), author.getEmail(), "tiny.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("award.attachment.empty", refusal(() -> entries.attach(entry.getId(), author.getEmail(), "empty.pdf", new byte[0])));
        assertTrue(entries.attachments(entries.get(entry.getId())).isEmpty());
    }

    @Test
    void anAttachmentAboveFiveMegabytesIsRefused() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        Person author = fixture.entrant("Ines Costa", fixture.organisation("Courts Service", OrganisationKind.DEPARTMENT));
        AwardEntry entry = fixture.draft(nomination, EntrantType.DEPARTMENT, author, "Online small claims", "", "");

        assertEquals("award.attachment.tooLarge",
                refusal(() -> entries.attach(entry.getId(), author.getEmail(), "scan.pdf", pdfOfSize(Attachment.MAX_BYTES + 1))));
        Attachment justFits = entries.attach(entry.getId(), author.getEmail(), "scan.pdf", pdfOfSize(Attachment.MAX_BYTES));
        assertEquals(5 * 1024 * 1024, justFits.getSizeBytes());
        assertEquals(Attachment.MAX_BYTES, entries.attachmentFor(justFits.getId(), author.getEmail(), false).getContent().length);
    }

    private static byte[] pdfOfSize(int size) {
        byte[] pdf = AwardFixture.smallPdf();
        byte[] bytes = Arrays.copyOf(pdf, size);
        Arrays.fill(bytes, pdf.length, size, (byte) ' ');
        return bytes;
    }

    // --- 4. conflicts -------------------------------------------------------------------------------------------------

    @Test
    void theAssignmentNeverPairsAJurorWithTheirOwnOrganisationOrTheirTeam() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT, EntrantType.TEAM);
        Organisation pensions = fixture.organisation("Pensions Office", OrganisationKind.DEPARTMENT);
        Person colleague = fixture.juror("Olga Ivanova", pensions);
        Person teamMember = fixture.juror("Sam Carter", null);
        Person third = fixture.juror("Kim Lee", null);
        Person fourth = fixture.juror("Ana Silva", null);
        // the conflicted jurors are the ones whose expertise fits best: only the conflict rule keeps them away
        fixture.addJuror(edition, colleague, "pensions");
        fixture.addJuror(edition, teamMember, "permits");
        fixture.addJuror(edition, third, "");
        fixture.addJuror(edition, fourth, "");
        AwardEntry pensionsEntry = fixture.submitted(nomination, EntrantType.DEPARTMENT,
                fixture.entrant("Hugo Weiss", pensions), "Pension forecast", "pensions", "");
        AwardEntry permitsEntry = fixture.submitted(nomination, EntrantType.TEAM,
                fixture.entrant("Zoe Adams", fixture.organisation("Planning Agency", OrganisationKind.DEPARTMENT)),
                "Permits in a day", "permits", "Zoe Adams (lead)\nSam Carter <" + teamMember.getEmail().toUpperCase() + ">, data");
        fixture.closeCall(edition);

        Map<Long, JuryMember> members = awards.jury(edition).stream().collect(Collectors.toMap(m -> m.getPerson().getId(), m -> m));
        assertEquals(ConflictType.SAME_ORGANISATION, judging.conflict(members.get(colleague.getId()), pensionsEntry, List.of()).orElseThrow());
        assertEquals(ConflictType.ON_THE_TEAM, judging.conflict(members.get(teamMember.getId()), permitsEntry, List.of()).orElseThrow());
        assertTrue(judging.conflict(members.get(third.getId()), pensionsEntry, List.of()).isEmpty());

        AssignmentPlan plan = judging.plan(edition.getId());

        assertEquals(Set.of(teamMember, third, fourth), jurorsOf(plan, pensionsEntry));
        assertEquals(Set.of(colleague, third, fourth), jurorsOf(plan, permitsEntry));
        assertTrue(plan.shortfalls().isEmpty());
        assertTrue(plan.optimal());

        judging.openRound(edition.getId(), 1);
        List<Scoresheet> sheets = sheets(edition, 1);
        assertEquals(6, sheets.size());
        assertTrue(sheets.stream().noneMatch(s -> s.getJuror().equals(colleague) && s.getSubjectId() == pensionsEntry.getId()));
        assertTrue(sheets.stream().noneMatch(s -> s.getJuror().equals(teamMember) && s.getSubjectId() == permitsEntry.getId()));
        assertEquals("error.notFound", refusal(() -> entries.entryForJuror(pensionsEntry.getId(), colleague.getEmail())));
        assertEquals(pensionsEntry, entries.entryForJuror(pensionsEntry.getId(), teamMember.getEmail()));
    }

    private static Set<Person> jurorsOf(AssignmentPlan plan, AwardEntry entry) {
        return plan.pairs().stream().filter(p -> p.entry().equals(entry)).map(p -> p.juror().getPerson()).collect(Collectors.toSet());
    }

    @Test
    void aJurorWhoDeclaresAConflictAfterScoringNoLongerCounts() {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", 1, 1, EntrantType.DEPARTMENT);
        Person j1 = fixture.juror("Juror One", null);
        Person j2 = fixture.juror("Juror Two", null);
        Person j3 = fixture.juror("Juror Three", null);
        List.of(j1, j2, j3).forEach(j -> fixture.addJuror(edition, j, ""));
        AwardEntry x = fixture.draft(nomination, EntrantType.DEPARTMENT,
                fixture.entrant("Xavier", fixture.organisation("X Office", OrganisationKind.DEPARTMENT)), "X " + AwardFixture.unique(), "", "");
        Attachment evidence = entries.attach(x.getId(), x.getAuthor().getEmail(), "x.pdf", AwardFixture.smallPdf());
        entries.submit(x.getId(), x.getAuthor().getEmail());
        AwardEntry y = fixture.submitted(nomination, EntrantType.DEPARTMENT,
                fixture.entrant("Yara", fixture.organisation("Y Office", OrganisationKind.DEPARTMENT)), "Y " + AwardFixture.unique());
        AwardEntry z = fixture.submitted(nomination, EntrantType.DEPARTMENT,
                fixture.entrant("Zeno", fixture.organisation("Z Office", OrganisationKind.DEPARTMENT)), "Z " + AwardFixture.unique());
        fixture.closeCall(edition);
        judging.openRound(edition.getId(), 1);
        // juror 1 and 2 prefer Y to X; juror 3 prefers X, which puts X first while juror 3 counts
        Map<Long, Integer> byTwo = Map.of(x.getId(), 5, y.getId(), 6, z.getId(), 3);
        Map<Long, Integer> byThree = Map.of(x.getId(), 5, y.getId(), 3, z.getId(), 4);
        fixture.score(j1, id -> uniform(byTwo.get(id)));
        fixture.score(j2, id -> uniform(byTwo.get(id)));
        fixture.score(j3, id -> uniform(byThree.get(id)));
        Scoresheet sheet = sheetOf(edition, 1, j3, x);
        assertEquals(List.of(x.getId(), y.getId(), z.getId()), ranking(edition).stream().map(RankedEntry::entryId).toList());
        assertEquals(x, entries.entryForJuror(x.getId(), j3.getEmail()), "an assigned juror opens the entry");
        assertEquals(evidence.getId(), entries.attachmentFor(evidence.getId(), j3.getEmail(), false).getId());
        assertEquals(sheet.getId(), jury.sheetFor(sheet.getId(), j3.getEmail()).getId());

        fixture.declare(x, j3, ConflictType.PROFESSIONAL, "I advised the X Office on this project last year");

        assertEquals(SheetStatus.RECUSED, sheetOf(edition, 1, j3, x).getStatus());
        List<RankedEntry> after = ranking(edition);
        assertEquals(List.of(y.getId(), x.getId(), z.getId()), after.stream().map(RankedEntry::entryId).toList(),
                "without juror 3's score, Y overtakes X");
        assertEquals(2, after.stream().filter(r -> r.entryId() == x.getId()).findFirst().orElseThrow().jurorCount());
        List<AuditEntry> history = audit.historyOf("Scoresheet", sheet.getId());
        assertTrue(history.stream().anyMatch(a -> a.getAction() == AuditAction.RECUSAL && a.getDetails().contains(j3.getEmail())), history::toString);
        assertEquals("error.notFound", refusal(() -> entries.entryForJuror(x.getId(), j3.getEmail())));
        assertEquals("error.notFound", refusal(() -> jury.sheetFor(sheet.getId(), j3.getEmail())));
        assertEquals("error.notFound", refusal(() -> jury.submit(sheet.getId(), j3.getEmail(), uniform(5), Map.of())));
        assertEquals("error.notFound", refusal(() -> entries.attachmentFor(evidence.getId(), j3.getEmail(), false)));
        Scoresheet someoneElses = sheetOf(edition, 1, j1, x);
        assertEquals("error.notFound", refusal(() -> jury.sheetFor(someoneElses.getId(), j3.getEmail())));
        assertEquals("error.notFound", refusal(() -> jury.submit(someoneElses.getId(), j3.getEmail(), uniform(3), Map.of())));
        assertEquals("evaluation.conflict.duplicate", refusal(() -> fixture.declare(x, j3, ConflictType.PERSONAL, "again")));
        Person outsider = fixture.juror("Not On This Jury", null);
        assertEquals("error.notFound", refusal(() -> fixture.declare(y, outsider, ConflictType.PERSONAL, "curious")));
        assertEquals(5, jury.sheetFor(someoneElses.getId(), j1.getEmail()).score("impact").orElseThrow().getScore(), "untouched");
    }

    private List<RankedEntry> ranking(AwardEdition edition) {
        return jury.ranking(round(edition, 1));
    }

    // --- 5. assignment limits -----------------------------------------------------------------------------------------

    @Test
    void everyEntryGetsItsJurorsWithinTheLimitAndLoadsAreBalanced() {
        int entriesCount = 10;
        int jurorsPerEntry = 3;
        int limit = 6;
        AwardEdition edition = fixture.edition("Public Service Awards", Clock.now().minusDays(1), Clock.now().plusDays(1),
                jurorsPerEntry, limit, null);
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        // six jurors know the entries' topic, the seventh does not: maximising affinity alone would leave them idle
        for (int j = 0; j < 7; j++) {
            fixture.addJuror(edition, fixture.juror("Juror " + j, null), j < 6 ? "digital identity" : "");
        }
        for (int e = 0; e < entriesCount; e++) {
            fixture.submitted(nomination, EntrantType.DEPARTMENT,
                    fixture.entrant("Author " + e, fixture.organisation("Office " + e, OrganisationKind.DEPARTMENT)), "Entry " + e,
                    "digital identity", "");
        }
        fixture.closeCall(edition);

        AssignmentPlan plan = judging.plan(edition.getId());

        Map<AwardEntry, List<JuryMember>> byEntry = plan.pairs().stream()
                .collect(Collectors.groupingBy(AssignmentPlan.Pair::entry, Collectors.mapping(AssignmentPlan.Pair::juror, Collectors.toList())));
        assertEquals(entriesCount, byEntry.size());
        byEntry.forEach((entry, jurors) -> {
            assertEquals(jurorsPerEntry, jurors.size(), entry.getTitle());
            assertEquals(jurorsPerEntry, new HashSet<>(jurors).size(), "distinct jurors for " + entry.getTitle());
        });
        Map<JuryMember, Integer> counted = awards.jury(edition).stream().collect(Collectors.toMap(m -> m,
                m -> (int) plan.pairs().stream().filter(p -> p.juror().equals(m)).count()));
        assertEquals(counted, Map.copyOf(plan.loads()), "the loads the plan reports are the pairs'");
        IntSummaryStatistics load = plan.loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertEquals(7, load.getCount(), "every juror is in the loads");
        assertTrue(load.getMax() <= limit);
        assertEquals(5, plan.maxLoad(), "30 slots over 7 jurors need 5 each at most");
        assertTrue(load.getMax() - load.getMin() <= 1, "balanced loads: " + plan.loads());
        assertEquals(30, load.getSum());
        assertTrue(plan.shortfalls().isEmpty());
        assertTrue(plan.optimal());
    }

    @Test
    void whenTheLimitCannotServeEveryEntryTheShortfallsAreReported() {
        AwardEdition edition = fixture.edition("Public Service Awards", Clock.now().minusDays(1), Clock.now().plusDays(1), 3, 2, null);
        Nomination nomination = fixture.nomination(edition, "Best digital service", EntrantType.DEPARTMENT);
        for (int j = 0; j < 4; j++) {
            fixture.addJuror(edition, fixture.juror("Juror " + j, null), "");
        }
        for (int e = 0; e < 6; e++) {
            fixture.submitted(nomination, EntrantType.DEPARTMENT,
                    fixture.entrant("Author " + e, fixture.organisation("Office " + e, OrganisationKind.DEPARTMENT)), "Entry " + e);
        }
        fixture.closeCall(edition);

        AssignmentPlan plan = judging.plan(edition.getId());

        assertEquals(8, plan.pairs().size(), "4 jurors with at most 2 entries each fill 8 of the 18 places");
        assertTrue(plan.loads().values().stream().allMatch(l -> l == 2), plan.loads().toString());
        assertEquals(2, plan.maxLoad());
        int missing = plan.shortfalls().stream().mapToInt(s -> s.wanted() - s.got()).sum();
        assertEquals(18 - 8, missing);
        assertTrue(plan.shortfalls().stream().allMatch(s -> s.wanted() == 3 && s.got() < 3 && s.eligibleJurors() == 4), plan.shortfalls().toString());
        Map<Long, Long> got = plan.pairs().stream().collect(Collectors.groupingBy(p -> p.entry().getId(), Collectors.counting()));
        plan.shortfalls().forEach(s -> assertEquals(s.got(), got.getOrDefault(s.entry().getId(), 0L).intValue()));
        assertTrue(plan.optimal());
    }

    // --- 6. frozen rounds and scoring rules ---------------------------------------------------------------------------

    /** An edition with two entries and two jurors, its call closed. */
    private AwardEdition closedEditionWithTwoEntries(Person... jurors) {
        AwardEdition edition = fixture.openEdition("Public Service Awards");
        Nomination nomination = fixture.nomination(edition, "Best digital service", 1, 1, EntrantType.DEPARTMENT);
        for (Person juror : jurors) {
            fixture.addJuror(edition, juror, "");
        }
        for (int e = 0; e < 2; e++) {
            fixture.submitted(nomination, EntrantType.DEPARTMENT,
                    fixture.entrant("Author " + e, fixture.organisation("Office " + e, OrganisationKind.DEPARTMENT)), "Entry " + e);
        }
        return fixture.closeCall(edition);
    }

    @Test
    void onceScoringOpensTheRoundIsFrozen() {
        Person juror = fixture.juror("Juror", null);
        AwardEdition edition = closedEditionWithTwoEntries(juror, fixture.juror("Other Juror", null));
        List<RoundCriterion> changed = List.of(new RoundCriterion("impact", "Impact", 50), new RoundCriterion("innovation", "Innovation", 50));
        Long roundId = round(edition, 1).getId();

        judging.openRound(edition.getId(), 1);
        int sheetCount = sheets(edition, 1).size();

        assertEquals(RoundStatus.SCORING, jury.round(roundId).getStatus());
        assertEquals(4, sheetCount, "two jurors for each of the two entries");
        assertEquals("evaluation.round.frozen", refusal(() -> jury.updateCriteria(roundId, changed, false)));
        assertEquals("evaluation.round.frozen", refusal(() -> judging.openRound(edition.getId(), 1)));
        assertEquals(4, jury.round(roundId).getCriteria().size(), "the criteria are unchanged");
        assertEquals(sheetCount, sheets(edition, 1).size(), "opening again added no sheets");
        assertEquals(2, jury.round(roundId).getSubjects().size());
        assertEquals("evaluation.round.notClosed",
                refusal(() -> judging.confirmFinalists(edition.getId(), List.of(submitted(edition).get(0).getId()))));
    }

    @Test
    void finalistsAreFrozenWhileRoundTwoIsScored() {
        Person juror = fixture.juror("Juror", null);
        AwardEdition edition = closedEditionWithTwoEntries(juror);
        List<AwardEntry> submitted = submitted(edition);
        judging.openRound(edition.getId(), 1);
        fixture.score(juror, id -> uniform(id.equals(submitted.get(0).getId()) ? 7 : 5));
        judging.closeRound(edition.getId(), 1);
        judging.confirmFinalists(edition.getId(), List.of(submitted.get(0).getId()));
        judging.confirmFinalists(edition.getId(), List.of(submitted.get(1).getId()));
        assertTrue(entries.get(submitted.get(1).getId()).isFinalist(), "the manager may change the finalists before round 2 opens");
        assertFalse(entries.get(submitted.get(0).getId()).isFinalist());
        assertEquals(4, round(edition, 2).getCriteria().size(), "round 2 takes round 1's criteria");

        judging.openRound(edition.getId(), 2);

        assertEquals("evaluation.round.frozen", refusal(() -> judging.confirmFinalists(edition.getId(), List.of(submitted.get(0).getId()))));
        assertTrue(entries.get(submitted.get(1).getId()).isFinalist());
        assertFalse(entries.get(submitted.get(0).getId()).isFinalist());
        assertEquals(Set.of(submitted.get(1).getId()), round(edition, 2).getSubjects());
    }

    @Test
    void criteriaWeightsMustSumToOneHundred() {
        AwardEdition edition = closedEditionWithTwoEntries(fixture.juror("Juror", null));
        Long roundId = round(edition, 1).getId();

        assertEquals("evaluation.criteria.weights", refusal(() -> jury.updateCriteria(roundId,
                List.of(new RoundCriterion("impact", "Impact", 50), new RoundCriterion("innovation", "Innovation", 30)), false)));
        assertEquals(List.of(40, 30, 20, 10), jury.round(roundId).getCriteria().stream().map(RoundCriterion::getWeight).toList());

        jury.updateCriteria(roundId, List.of(new RoundCriterion("impact", "Impact", 60), new RoundCriterion("innovation", "Innovation", 40)), true);
        EvaluationRound changed = jury.round(roundId);
        assertEquals(List.of("impact:60", "innovation:40"), changed.getCriteria().stream().map(c -> c.getCode() + ":" + c.getWeight()).toList());
        assertTrue(changed.isTrimmedMean());
    }

    @Test
    void anExtremeScoreNeedsAComment() {
        Person juror = fixture.juror("Juror", null);
        AwardEdition edition = closedEditionWithTwoEntries(juror);
        judging.openRound(edition.getId(), 1);
        Scoresheet sheet = jury.openSheetsOf(juror.getEmail()).get(0);
        Map<String, Integer> topMarks = scores(10, 7, 7, 7);

        assertEquals("evaluation.score.commentRequired", refusal(() -> jury.submit(sheet.getId(), juror.getEmail(), topMarks, Map.of())));
        assertEquals("evaluation.score.commentRequired",
                refusal(() -> jury.submit(sheet.getId(), juror.getEmail(), topMarks, Map.of("impact", "   "))));
        assertEquals(SheetStatus.ASSIGNED, jury.sheetFor(sheet.getId(), juror.getEmail()).getStatus(), "nothing was kept");
        assertEquals("evaluation.score.missing",
                refusal(() -> jury.submit(sheet.getId(), juror.getEmail(), Map.of("impact", 7), Map.of())));

        Scoresheet submitted = jury.submit(sheet.getId(), juror.getEmail(), topMarks, Map.of("impact", "Halved waiting times nationwide"));
        assertEquals(SheetStatus.SUBMITTED, submitted.getStatus());
        assertEquals("Halved waiting times nationwide", submitted.score("impact").orElseThrow().getComment());
        assertEquals(8.2, submitted.weightedTotal(), 1e-9, "(10 × 40 + 7 × 30 + 7 × 20 + 7 × 10) / 100");
    }
}
