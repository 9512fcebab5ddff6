package org.govtechhub.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.shared.StartupData;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Start-up: if {@code hub.demo-data} is true and the demo accounts are absent (nobody has the e-mail
 * {@code admin@govtech-hub.demo}), loads the demo organisations and people (from the programmes in DOMAIN.md:
 * Startup in Residence, Telangana's Government Mentor Program, Scotland's CivTech, the public-sector innovation
 * awards), also into a database that already holds other data, such as the production-size data set of the load
 * tests, whichever came first; on a database with nobody in it, creates the first administrator from
 * {@code hub.admin.email}/{@code hub.admin.password} if given.
 * Environment variables HUB_DEMO_DATA, HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD set them.
 */
@Startup
@Singleton
@DependsOn("StartupData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class DemoData {

    @EJB
    private StartupData startup;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String DEMO_DOMAIN = "@govtech-hub.demo";
    /** The demo account whose presence says the demo data is loaded. */
    public static final String MARKER_ACCOUNT = "admin" + DEMO_DOMAIN;
    /** The demo startups; the other demo beans give only these their demo details. */
    public static final Set<String> STARTUPS = Set.of("OpenPermit Labs", "GreenRoute Mobility", "CivicSense Analytics",
            "FloodWatch Sensors", "MediQueue Health");

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @PostConstruct
    void loadOnFirstStart() {
        if (!startup.here()) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Optional<String> adminEmail = config.getOptionalValue("hub.admin.email", String.class);
        Optional<String> adminPassword = config.getOptionalValue("hub.admin.password", String.class);
        if (people.count(null) == 0 && adminEmail.isPresent() && adminPassword.isPresent()) {
            people.create(new Person("Administrator", adminEmail.get(), null, EnumSet.of(Role.ADMIN)),
                    adminPassword.get().toCharArray());
            LOG.info(() -> "Created the first administrator " + adminEmail.get());
        }
        if (config.getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE) && people.findByEmail(MARKER_ACCOUNT).isEmpty()) {
            char[] demoPassword = config.getValue("hub.demo.password", String.class).toCharArray();
            load(demoPassword);
            LOG.info("Loaded the demo data: one account per role, see README.md");
        }
    }

    private void load(char[] demoPassword) {
        Organisation amsterdam = department("City of Amsterdam - Economic Affairs",
                "Runs Startup in Residence: 12 programmes, 51 challenges, 340 applications, 34 startups.",
                "https://www.amsterdam.nl");
        Organisation telangana = department("Government of Telangana - ITE&C Department",
                "Government Mentor Program: 200 applications, 18 pitched, 10 selected.", "https://www.telangana.gov.in");
        Organisation transportScotland = department("Transport Scotland",
                "Challenge owner in CivTech: pre-accelerator, accelerator and post-accelerator.", "https://www.transport.gov.scot");
        Organisation sfmta = department("San Francisco Municipal Transportation Agency",
                "Startup in Residence department since 2014.", "https://www.sfmta.com");
        Organisation wellington = department("Wellington City Council - Digital Services",
                "Six sprints with SMART goals and an adoption plan.", "https://wellington.govt.nz");
        Organisation openPermit = startup("OpenPermit Labs", "Online building permits with status tracking.");
        Organisation greenRoute = startup("GreenRoute Mobility", "Route planning for municipal fleets.");
        Organisation civicSense = startup("CivicSense Analytics", "Resident feedback analytics for city services.");
        Organisation floodWatch = startup("FloodWatch Sensors", "Low-cost flood sensors with open data.");
        startup("MediQueue Health", "Appointment queues for public clinics.");

        account("Alex Morgan", "admin", null, "Platform administrator", demoPassword, Role.ADMIN);
        account("Priya Raman", "manager", telangana, "Program manager, Government Mentor Program", demoPassword, Role.PROGRAM_MANAGER);
        account("Jan de Vries", "department", amsterdam, "Challenge owner, mobility", demoPassword, Role.DEPARTMENT);
        account("Sara Lindqvist", "founder", openPermit, "Founder and CEO", demoPassword, Role.STARTUP);
        account("Ravi Kumar", "mentor", telangana, "Deputy Secretary, ITE&C", demoPassword, Role.MENTOR);
        account("Fiona MacLeod", "learner", transportScotland, "Policy officer", demoPassword, Role.CIVIL_SERVANT);
        account("Lucas Almeida", "juror", null, "Jury member, public-sector innovation awards", demoPassword, Role.JUROR);
        account("Elena Sokolova", "expert", null, "Independent expert, civic technology and open data", demoPassword, Role.EXPERT);

        // people without a password yet: they appear in lists and later modules, but cannot sign in
        for (Object[] p : List.of(
                new Object[] {"Maria Jansen", "m.jansen", amsterdam, "Innovation officer", EnumSet.of(Role.MENTOR, Role.CIVIL_SERVANT)},
                new Object[] {"Ewan Stewart", "e.stewart", transportScotland, "Head of digital", EnumSet.of(Role.MENTOR, Role.JUROR)},
                new Object[] {"Dana Whitfield", "d.whitfield", sfmta, "Procurement lead", EnumSet.of(Role.DEPARTMENT, Role.CIVIL_SERVANT)},
                new Object[] {"Aroha Ngata", "a.ngata", wellington, "Service designer", EnumSet.of(Role.CIVIL_SERVANT)},
                new Object[] {"Tom Becker", "t.becker", greenRoute, "Founder", EnumSet.of(Role.STARTUP)},
                new Object[] {"Lena Petrova", "l.petrova", civicSense, "Co-founder", EnumSet.of(Role.STARTUP, Role.MENTOR)},
                new Object[] {"Kwame Mensah", "k.mensah", floodWatch, "Founder", EnumSet.of(Role.STARTUP)},
                new Object[] {"Mikhail Orlov", "m.orlov", null, "Expert, public transport and smart cities", EnumSet.of(Role.EXPERT)},
                new Object[] {"Anne Fischer", "a.fischer", null, "Expert, emergency response and volunteering", EnumSet.of(Role.EXPERT)})) {
            @SuppressWarnings("unchecked")
            EnumSet<Role> roles = (EnumSet<Role>) p[4];
            Person person = new Person((String) p[0], p[1] + DEMO_DOMAIN, (Organisation) p[2], roles);
            person.setPosition((String) p[3]);
            people.createWithoutPassword(person);
        }
    }

    private Organisation department(String name, String description, String website) {
        return organisation(name, OrganisationKind.DEPARTMENT, description, website);
    }

    private Organisation startup(String name, String description) {
        return organisation(name, OrganisationKind.STARTUP, description, null);
    }

    private Organisation organisation(String name, OrganisationKind kind, String description, String website) {
        Organisation organisation = new Organisation(name, kind);
        organisation.setDescription(description);
        organisation.setWebsite(website);
        return organisations.save(organisation);
    }

    private void account(String name, String login, Organisation organisation, String position, char[] password, Role role) {
        Person person = new Person(name, login + DEMO_DOMAIN, organisation, EnumSet.of(role));
        person.setPosition(position);
        people.create(person, password);
    }
}
