package org.govtechhub.incubator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * The demo's events, with only what the seed documents say of them: the first case-study e-government conference in
 * Moscow on 26 November (the last one before the first start; its 273 participants and 52 reports are stated in its
 * description, not made up as registrations), three of its subjects as sections, the social projects it presented
 * (linked to the catalogue's demo projects), and the recommendations it elaborated; and a round table on which projects
 * could be multiplied across regions, a month ahead, open for registration.
 */
@Startup
@Singleton
@DependsOn("IncubatorDemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class EventDemoData {

    @EJB
    private StartupData startup;

    static final String CONFERENCE = "Case-study conference on e-government in Russia";
    static final String ROUND_TABLE = "Round table: which Gov 2.0 projects can be multiplied across regions";

    @EJB
    private EventService events;

    @EJB
    private CatalogueService catalogue;

    /** Each step is the service's own transaction, as a manager's would be. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || events.exists(CONFERENCE)) {
            return;
        }
        conference();
        roundTable();
    }

    private void conference() {
        LocalDate today = Clock.now().toLocalDate();
        LocalDate day = MonthDay.of(Month.NOVEMBER, 26).atYear(today.getYear());
        if (!day.isBefore(today)) {
            day = day.minusYears(1);
        }
        EventDetails details = new EventDetails(EventKind.CONFERENCE, CONFERENCE, day.atTime(LocalTime.of(7, 0)), day.atTime(LocalTime.of(15, 0)), 273)
                .at(null, "Moscow", "RU-MOW")
                .about("The first e-government conference based on case studies: the best implemented practices were demonstrated. "
                        + "273 participants (80% officials of the authorities, 20% experts) from more than 20 regions; 52 reports. "
                        + "The objectives: to gather the best implemented practices of e-government in Russia, to discuss cooperation "
                        + "between regions, to understand which projects could be multiplied in other regions and how to lower the "
                        + "budget costs of e-government in regions and towns. No theory, only practical experience: projects' pros "
                        + "and cons and how to improve them.");
        Event event = events.create(details);
        events.addSection(event.getId(), "Electronic public services in education and healthcare", null);
        events.addSection(event.getId(), "Authorities 2.0: social media usage by public officials", null);
        EventSection social = events.addSection(event.getId(), "Social initiatives, crowdsourcing and non-government projects", null);
        report(social, "Russian Fires: crowdsourcing help for people affected by fires", "The Russian Fires team", "Russian Fires");
        report(social, "Nepofigizm: legal advice for citizens whose rights may have been violated", "The Nepofigizm team", "Nepofigizm");
        report(social, "StreetJournal: citizens put their city's problems on a map", "The StreetJournal team", "StreetJournal");
        events.addRecommendation(event.getId(), "Create and develop e-government projects in towns and regions on the practical experience "
                + "of the projects presented: their pros and cons and how to improve them.", "Regional and municipal authorities");
        events.addRecommendation(event.getId(), "Prepare estimates of the projects and options for multiplying them in towns and regions, "
                + "based on the needs of each subject of the Russian Federation (the analytical report).", "The conference's organisers");
        events.addRecommendation(event.getId(), "Study the global analogues of a project before building it: it helps to avoid the errors "
                + "such projects made in the past.", "Projects' teams");
        events.addRecommendation(event.getId(), "Move from \"I'm a citizen and I criticise everything\" to \"I'm a citizen, I take "
                + "responsibility and suggest things\": crowdsourcing for a more effective interaction between officials and citizens.",
                "Officials and social projects");
        events.publish(event.getId());
    }

    private void roundTable() {
        LocalDateTime start = Clock.now().toLocalDate().plusDays(30).atTime(LocalTime.of(9, 0)).truncatedTo(ChronoUnit.MINUTES);
        EventDetails details = new EventDetails(EventKind.ROUND_TABLE, ROUND_TABLE, start, start.plusHours(3), 40)
                .at(null, "Moscow", "RU-MOW")
                .about("A practical follow-up to the case-study conference: which projects could be multiplied in different regions "
                        + "of the country, the cooperation opportunities between regions, and how to lower the budget costs of "
                        + "e-government at the level of regions and towns.");
        Event event = events.create(details);
        events.addSection(event.getId(), "Which projects can be multiplied across regions", null);
        events.publish(event.getId());
    }

    /** A report presenting one of the catalogue's demo projects (unlinked if the catalogue does not have it). */
    private void report(EventSection section, String title, String speaker, String projectName) {
        String slug = SearchTerms.slug(projectName);
        try {
            catalogue.published(slug);
        } catch (BusinessException notInTheCatalogue) {
            slug = null;
        }
        events.addReport(section.getId(), title, speaker, projectName, null, slug);
    }
}
