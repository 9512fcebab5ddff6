package org.govtechhub.ideas;

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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.StartupData;

import java.util.EnumSet;
import java.util.List;

/**
 * The demo's ideas, in the manner of Moscow's "Active Citizen" and Duma 2.0 (citizens bring a city's problems and see
 * what became of them): a verified demo citizen, {@code citizen@govtech-hub.demo}, and a handful of ideas in English
 * and Russian about transport, roads, healthcare and the environment in Moscow's districts; the civil servant of the
 * demo supports one; one is assigned to the demo department and under study, one to Moscow's transport department
 * and planned. Loaded once, when {@code hub.demo-data} is true.
 */
@Startup
@Singleton
@DependsOn("CohortDemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class IdeasDemoData {

    static final String CROSSING = "A safe pedestrian crossing by the school on Profsoyuznaya Street";
    static final String CITIZEN = "citizen" + DemoData.DEMO_DOMAIN;

    @EJB
    private StartupData startup;

    @EJB
    private IdeaService ideas;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    /** Each step is the service's own transaction, as a person's would be. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnFirstStart() {
        Config config = ConfigProvider.getConfig();
        if (!startup.here() || !config.getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE) || ideas.exists(CROSSING)) {
            return;
        }
        if (people.findByEmail(CITIZEN).isEmpty()) {
            Person citizen = new Person("Anna Smirnova", CITIZEN, null, EnumSet.of(Role.CITIZEN));
            citizen.setPosition("Resident of the South-Western district");
            people.create(citizen, config.getValue("hub.demo.password", String.class).toCharArray());
        }
        String learner = "learner" + DemoData.DEMO_DOMAIN;
        String manager = "manager" + DemoData.DEMO_DOMAIN;
        Idea crossing = ideas.submit(CITIZEN, CROSSING, "Children cross four lanes on their way to school no. 17: the nearest "
                + "crossing is 400 metres away, and cars do not slow down. A raised crossing with a traffic light at the school's gate "
                + "would make the way to school safe.", PublicService.ROADS_AND_PARKING, District.SOUTH_WESTERN, null, List.of());
        Idea buses = ideas.submit(CITIZEN, "Чаще пускать автобусы маршрута 400 в часы пик", "Утром с 7 до 9 автобусы из Зеленограда "
                + "приходят раз в 15 минут и уходят переполненными, люди ждут по две-три машины. Нужен интервал 5–7 минут в часы пик и "
                + "табло с временем прибытия на остановках.", PublicService.TRANSPORT, District.ZELENOGRAD, null, List.of());
        ideas.submit(learner, "Book a specialist at the polyclinic online, without a paper referral",
                "Patients have to queue at the registry twice: once for a referral and again to book the specialist. The referral "
                        + "could be sent to the booking system by the general practitioner, and the patient choose a time online.",
                PublicService.HEALTHCARE, District.EASTERN, null, List.of());
        ideas.submit(CITIZEN, "Раздельный сбор отходов во дворах", "Во дворах нашего района стоят только общие контейнеры. "
                + "Предлагаю поставить контейнеры для пластика, стекла и бумаги и сообщать жителям график вывоза.",
                PublicService.ENVIRONMENT_AND_PARKS, null, "Басманный район", List.of());
        ideas.support(crossing.getId(), learner);
        people.findByEmail("department" + DemoData.DEMO_DOMAIN).map(Person::getOrganisation).ifPresent(department -> {
            ideas.assign(crossing.getId(), department.getId(), manager);
            ideas.answer(crossing.getId(), "department" + DemoData.DEMO_DOMAIN, IdeaAnswer.UNDER_STUDY,
                    "The traffic engineers will count the cars and pedestrians at the school's gate this month.");
        });
        Organisation transport = new Organisation("Moscow Department of Transport and Road Infrastructure", OrganisationKind.DEPARTMENT);
        transport.setDescription("Answers citizens' ideas about public transport, roads and parking.");
        transport = organisations.save(transport);
        ideas.assign(buses.getId(), transport.getId(), manager);
    }
}
