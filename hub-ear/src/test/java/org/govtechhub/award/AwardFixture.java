package org.govtechhub.award;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.ScoreAggregator;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * People, organisations, editions, entries and juror scoring through the real award services, one service call
 * (one transaction) at a time as the pages make them: what a call returns is detached, is changed and goes back.
 * Every name and e-mail address is unique, so tests never meet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AwardFixture {

    /** The codes of the default criteria, in order, and their weights. */
    public static final List<String> CRITERIA = AwardService.DEFAULT_CRITERIA.stream().map(RoundCriterion::getCode).toList();

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private AwardService awards;

    @EJB
    private EntryService entries;

    @EJB
    private JudgingService judging;

    @EJB
    private JuryService jury;

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- people and organisations ---------------------------------------------------------------------------------

    public Organisation organisation(String name, OrganisationKind kind) {
        return organisations.save(new Organisation(name + " " + UUID.randomUUID(), kind));
    }

    public Person person(String name, Organisation organisation, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return people.createWithoutPassword(new Person(name + " " + unique(),
                name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "-" + UUID.randomUUID() + "@example.org", organisation, set));
    }

    public Person juror(String name, Organisation organisation) {
        return person(name, organisation, Role.JUROR);
    }

    /** Someone who enters for this organisation: a civil servant of a department, a founder of a startup. */
    public Person entrant(String name, Organisation organisation) {
        return organisation.getKind() == OrganisationKind.STARTUP ? person(name, organisation, Role.STARTUP)
                : organisation.getKind() == OrganisationKind.DEPARTMENT ? person(name, organisation, Role.CIVIL_SERVANT)
                : person(name, organisation);
    }

    // --- editions ---------------------------------------------------------------------------------------------------

    /** An edition whose call opened yesterday and closes tomorrow: 3 jurors per entry, at most 15 entries per juror. */
    public AwardEdition openEdition(String name) {
        return edition(name, Clock.now().minusDays(1), Clock.now().plusDays(1), 3, 15, null);
    }

    public AwardEdition edition(String name, LocalDateTime callOpens, LocalDateTime callCloses, int jurorsPerEntry,
                                int maxEntriesPerJuror, AwardEdition previous) {
        AwardEdition edition = new AwardEdition(name + " " + UUID.randomUUID(), callOpens, callCloses);
        edition.setJurorsPerEntry(jurorsPerEntry);
        edition.setMaxEntriesPerJuror(maxEntriesPerJuror);
        edition.setPreviousEdition(previous);
        return awards.saveEdition(edition);
    }

    public Nomination nomination(AwardEdition edition, String name, EntrantType... types) {
        return nomination(edition, name, 3, 1, types);
    }

    public Nomination nomination(AwardEdition edition, String name, int finalists, int winners, EntrantType... types) {
        return awards.saveNomination(new Nomination(edition, name, EnumSet.of(types[0], types), finalists, winners));
    }

    public JuryMember addJuror(AwardEdition edition, Person juror, String expertise) {
        return awards.addJuror(edition.getId(), juror.getId(), expertise, false);
    }

    /** The call closes now: the edition is read again, its deadline set to this moment and saved, as a manager would. */
    public AwardEdition closeCall(AwardEdition edition) {
        AwardEdition current = awards.get(edition.getId());
        current.setCallCloses(Clock.now());
        return awards.saveEdition(current);
    }

    // --- entries ----------------------------------------------------------------------------------------------------

    /** A complete draft: drafted, then summary, results, topics and team filled in and saved. */
    public AwardEntry draft(Nomination nomination, EntrantType type, Person author, String title, String topics, String team) {
        AwardEntry entry = entries.draft(nomination.getId(), type, title, author.getEmail());
        entry.setSummary("What " + title + " changed for citizens, and how.");
        entry.setResults("Measured impact of " + title + ": waiting times halved, 12,000 users a month.");
        entry.setTopics(topics);
        entry.setTeam(team);
        return entries.update(entry, author.getEmail());
    }

    public AwardEntry submitted(Nomination nomination, EntrantType type, Person author, String title, String topics, String team) {
        return entries.submit(draft(nomination, type, author, title, topics, team).getId(), author.getEmail());
    }

    public AwardEntry submitted(Nomination nomination, EntrantType type, Person author, String title) {
        return submitted(nomination, type, author, title, "", "");
    }

    // --- jury -------------------------------------------------------------------------------------------------------

    public DeclaredConflict declare(AwardEntry entry, Person juror, ConflictType kind, String reason) {
        return jury.declareAsJuror(entry.getNomination().getEdition().owner(), entry.getId(), juror.getEmail(), kind, reason);
    }

    /** Every criterion scored the same. */
    public static Map<String, Integer> uniform(int score) {
        return scores(score, score, score, score);
    }

    /** Scores for impact, innovation, scalability and citizen focus, in that order. */
    public static Map<String, Integer> scores(int... values) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int c = 0; c < CRITERIA.size(); c++) {
            scores.put(CRITERIA.get(c), values[c]);
        }
        return scores;
    }

    /** A comment for each score that needs one (1–2 and 9–10), none for the others. */
    public static Map<String, String> commentsFor(Map<String, Integer> scores) {
        Map<String, String> comments = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (ScoreAggregator.commentRequired(score)) {
                comments.put(code, (score >= 9 ? "Outstanding " : "Weak ") + code.replace('_', ' ') + ": " + score);
            }
        });
        return comments;
    }

    /**
     * The juror submits every sheet they have open (as listed to them), with the scores given for its entry id and
     * a comment where one is needed; sheets the function gives null for are left alone. Returns the sheets submitted.
     */
    public List<Scoresheet> score(Person juror, Function<Long, Map<String, Integer>> scoresOfEntry) {
        List<Scoresheet> submitted = new ArrayList<>();
        for (Scoresheet sheet : jury.openSheetsOf(juror.getEmail())) {
            Map<String, Integer> scores = scoresOfEntry.apply(sheet.getSubjectId());
            if (scores != null) {
                submitted.add(jury.submit(sheet.getId(), juror.getEmail(), scores, commentsFor(scores)));
            }
        }
        return submitted;
    }

    // --- a whole edition --------------------------------------------------------------------------------------------

    /**
     * A published edition that this entrant's organisation won, run through every step: the entry submitted, the call
     * closed, round 1 opened, scored and closed, the finalist confirmed, round 2 opened, scored and closed, the
     * winner confirmed, the results published. Returns the published edition.
     */
    public AwardEdition publishedEditionWonBy(Person winner, EntrantType type) {
        AwardEdition edition = openEdition("Innovation Awards 2025");
        Nomination nomination = nomination(edition, "Digital services", 1, 1, type);
        Person juror = juror("Past Juror", null);
        addJuror(edition, juror, "");
        AwardEntry entry = submitted(nomination, type, winner, "Past winner " + unique());
        closeCall(edition);
        judging.openRound(edition.getId(), 1);
        score(juror, id -> uniform(8));
        judging.closeRound(edition.getId(), 1);
        judging.confirmFinalists(edition.getId(), List.of(entry.getId()));
        judging.openRound(edition.getId(), 2);
        score(juror, id -> uniform(8));
        judging.closeRound(edition.getId(), 2);
        judging.confirmWinners(edition.getId(), List.of(entry.getId()));
        return awards.publish(edition.getId());
    }

    /** A small but well-formed PDF: one empty page, with a correct cross-reference table. */
    public static byte[] smallPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
