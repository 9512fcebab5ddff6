package org.govtechhub.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;
import org.govtechhub.shared.Tags;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Demo awards, after Australia's Public Sector Innovation Awards (12 finalists, 4 winners, four nominations) and
 * São Paulo's Premia Sampa (last year's winners may not enter): last year's edition, published, which OpenPermit
 * Labs won; this year's, with its call open, four nominations, a jury of four and three submitted entries.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class AwardDemoData {

    @EJB
    private StartupData startup;

    /** The demo's latest edition: once it exists the demo awards are loaded (other editions may exist beside them). */
    static final String LAST_EDITION = "Public Sector Innovation Awards 2026";

    private static final Set<EntrantType> PUBLIC_SECTOR = EnumSet.of(EntrantType.DEPARTMENT, EntrantType.TEAM, EntrantType.INDIVIDUAL);

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private AwardService awards;

    @EJB
    private PersonService people;

    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || awards.editions().stream().anyMatch(e -> e.getName().equals(LAST_EDITION)) || people.findByEmail("juror" + DemoData.DEMO_DOMAIN).isEmpty()) {
            return;
        }
        LocalDateTime now = Clock.now().truncatedTo(ChronoUnit.HOURS);

        AwardEdition last = awards.saveEdition(new AwardEdition(LAST_EDITION, now.minusDays(1), now.plusDays(1)));
        Nomination lastOpen = awards.saveNomination(new Nomination(last, "Open innovation", EnumSet.allOf(EntrantType.class), 3, 1));
        AwardEntry won = entry(lastOpen, EntrantType.STARTUP, "founder", "Online building permits for Amsterdam",
                "Residents apply for building permits online and follow every step.", "Permit decisions 40 % faster; 9,000 applications a year.",
                "govtech, permits", now);
        won.markFinalist(true);
        won.award(Prize.WINNER, null);
        last.setCallOpens(now.minusYears(1).minusMonths(2));
        last.setCallCloses(now.minusYears(1));
        last.publish(now.minusMonths(9));

        AwardEdition edition = new AwardEdition("Public Sector Innovation Awards 2027", now.minusDays(10), now.plusDays(30));
        edition.setDescription("Two stages: remote scoring selects 12 finalists, who pitch live to the jury; 4 winners and the jury's special prize.");
        edition.setLiveEventOn(now.plusDays(60).toLocalDate());
        edition.setAnnouncementOn(now.plusDays(60).toLocalDate());
        edition.setPreviousEdition(last);
        edition = awards.saveEdition(edition);
        Nomination citizen = nomination(edition, "Citizen-centred innovation", "Services designed with and around residents.", PUBLIC_SECTOR);
        nomination(edition, "Digitalisation and data", "Digital services and the use of data for better decisions.", PUBLIC_SECTOR);
        Nomination culture = nomination(edition, "Culture of innovation and experimentation",
                "Teams that experiment, measure and learn - instructive failures included.", PUBLIC_SECTOR);
        Nomination open = nomination(edition, "Open innovation", "Government working with startups, NGOs and universities.",
                EnumSet.allOf(EntrantType.class));

        awards.addJuror(edition.getId(), people.findByEmail("juror" + DemoData.DEMO_DOMAIN).orElseThrow().getId(), "digital, data, service design", true);
        awards.addJuror(edition.getId(), people.findByEmail("e.stewart" + DemoData.DEMO_DOMAIN).orElseThrow().getId(), "transport, data, infrastructure", false);
        awards.addJuror(edition.getId(), juror("Ana Souza", "a.souza", "Jury, Premia Sampa").getId(), "open innovation, social, public services", false);
        awards.addJuror(edition.getId(), juror("Wei Ling Tan", "w.tan", "Jury, Public Sector Transformation Awards").getId(), "culture, leadership, digital", false);

        entry(citizen, EntrantType.TEAM, "a.ngata", "Six sprints to an adopted service",
                "Service designers and a startup built and adopted a resident-facing service in six sprints.",
                "Adoption plan met: 70 % of requests online within a year.", "service design, public services", now).getId();
        entry(culture, EntrantType.TEAM, "m.jansen", "Startup in Residence: procurement as an experiment",
                "A 16-week residency replaces a tender: departments post challenges, startups co-develop.",
                "12 programmes, 51 challenges, 340 applications, 34 startups; most pilots became contracts.", "procurement, culture, open innovation", now);
        entry(open, EntrantType.DEPARTMENT, "d.whitfield", "Open data for city procurement",
                "Every purchase order published as open data with a simple search.", "Supplier base up 25 %; 2 startups won first contracts.",
                "data, procurement, open innovation", now);
    }

    private Nomination nomination(AwardEdition edition, String name, String description, Set<EntrantType> types) {
        Nomination nomination = new Nomination(edition, name, types, 3, 1);
        nomination.setDescription(description);
        return awards.saveNomination(nomination);
    }

    private Person juror(String name, String login, String position) {
        Person person = new Person(name, login + DemoData.DEMO_DOMAIN, null, EnumSet.of(Role.JUROR));
        person.setPosition(position);
        return people.createWithoutPassword(person);
    }

    private AwardEntry entry(Nomination nomination, EntrantType type, String login, String title, String summary, String results,
                             String topics, LocalDateTime now) {
        Person author = people.findByEmail(login + DemoData.DEMO_DOMAIN).orElseThrow();
        AwardEntry entry = new AwardEntry(nomination, type, author, title);
        entry.setSummary(summary);
        entry.setResults(results);
        entry.setTopics(Tags.parse(topics).toString());
        entry.setTeam(author.getFullName() + " <" + author.getEmail() + ">");
        em.persist(entry);
        entry.submit(now);
        return entry;
    }
}
