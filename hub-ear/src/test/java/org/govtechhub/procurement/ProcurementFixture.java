package org.govtechhub.procurement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Departments, startups, jurors and opportunities as the real services make them, with unique names so tests never
 * meet (the demo's data shares the database). Each method is one transaction.
 */
@Stateless
public class ProcurementFixture {

    @EJB
    private OrganisationService organisations;

    @EJB
    private PersonService people;

    @EJB
    private TenderService tenders;

    @EJB
    private JuryService jury;

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public Person member(OrganisationKind kind, String organisation, String name, Role role) {
        Organisation org = organisation == null ? null : organisations.save(new Organisation(unique(organisation), kind));
        return member(org, name, role);
    }

    public Person member(Organisation organisation, String name, Role role) {
        return people.createWithoutPassword(new Person(name, role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org",
                organisation, EnumSet.of(role)));
    }

    /** A member of staff of a new department. */
    public Person departmentStaff() {
        return member(OrganisationKind.DEPARTMENT, "City of Amsterdam - Procurement", "Jan Buyer", Role.DEPARTMENT);
    }

    public Person founder(String startup) {
        return member(OrganisationKind.STARTUP, startup, "Founder of " + startup, Role.STARTUP);
    }

    /** A published opportunity of the staff's department closing {@code seconds} from now, with these lots of 10,000 each. */
    public Tender published(Person staff, Category category, long seconds, String... lots) {
        return published(staff, category, Clock.now().plusSeconds(seconds), null, lots);
    }

    public Tender published(Person staff, Category category, LocalDateTime deadline, Long challengeId, String... lots) {
        Tender tender = tenders.create(new TenderDetails(unique("Digital Outcomes: citizen-services chatbot"), "A chatbot for city services.",
                new BigDecimal("100000"), "EUR", deadline, Procedure.OPEN, category).forChallenge(challengeId), staff.getEmail());
        for (String lot : lots) {
            tenders.addLot(tender.getId(), lot, new BigDecimal("10000"), staff.getEmail());
        }
        tenders.setCriteria(tender.getId(), List.of("Technical merit", "Price"), List.of(60, 40), staff.getEmail());
        return tenders.publish(tender.getId(), staff.getEmail());
    }

    /** The juror submits every open, unrecused sheet, scoring both criteria with what the function gives for the bid. */
    public List<Scoresheet> score(Person juror, Function<Long, Integer> scoreOfBid) {
        List<Scoresheet> submitted = new ArrayList<>();
        for (Scoresheet sheet : jury.openSheetsOf(juror.getEmail())) {
            if (sheet.getStatus() == SheetStatus.RECUSED) {
                continue;
            }
            Integer score = scoreOfBid.apply(sheet.getSubjectId());
            if (score != null) {
                submitted.add(jury.submit(sheet.getId(), juror.getEmail(), Map.of("c1", score, "c2", score), Map.of()));
            }
        }
        return submitted;
    }

    /** Waits until the time has come (a deadline a few seconds away). */
    public static void waitUntil(LocalDateTime utc) throws InterruptedException {
        while (!Clock.now().isAfter(utc)) {
            Thread.sleep(200);
        }
    }
}
