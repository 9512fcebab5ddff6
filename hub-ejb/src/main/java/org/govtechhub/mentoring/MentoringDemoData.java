package org.govtechhub.mentoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.StartupData;

/**
 * Demo mentors (civil servants of the customer departments and a founder from an earlier cohort,
 * as in Telangana's Government Mentor Program) and the demo startups' needs. Loaded once, with the demo data.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class MentoringDemoData {

    @EJB
    private StartupData startup;

    @EJB
    private MentoringService mentoring;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || mentoring.activeMentors().stream().anyMatch(p -> p.getPerson().getEmail().equals("mentor" + DemoData.DEMO_DOMAIN))
                || people.findByEmail("mentor" + DemoData.DEMO_DOMAIN).isEmpty()) {
            return;
        }
        mentor("mentor", "procurement, service design, government sales", "govtech, e-government", "english, hindi, telugu", 3,
                "Tuesdays and Thursdays, 16:00-18:00", "Deputy Secretary; helped ten startups win their first government order.");
        mentor("m.jansen", "service design, user research, procurement", "mobility, govtech", "dutch, english", 2,
                "Mondays", "Innovation officer, City of Amsterdam.");
        mentor("e.stewart", "data, it architecture, procurement", "transport, climate", "english", 1,
                "Fridays", "Head of digital, Transport Scotland.");
        mentor("l.petrova", "fundraising, product, analytics", "govtech, civic tech", "english, russian", 2,
                "Wednesday evenings", "Co-founder of CivicSense Analytics, an earlier cohort.");

        for (Organisation startup : mentoring.startups().stream().filter(s -> DemoData.STARTUPS.contains(s.getName())).toList()) {
            StartupNeeds needs = mentoring.needsOf(startup.getId());
            switch (startup.getName()) {
                case "OpenPermit Labs" -> {
                    wants(needs, "procurement, service design", "govtech", "english", 2);
                    needs.setCustomerDepartment(department("City of Amsterdam - Economic Affairs"));
                }
                case "GreenRoute Mobility" -> wants(needs, "data, procurement", "mobility", "english", 1);
                case "CivicSense Analytics" -> {
                    wants(needs, "analytics, government sales", "govtech", "english", 1);
                    needs.setCustomerDepartment(department("Government of Telangana - ITE&C Department"));
                }
                case "FloodWatch Sensors" -> wants(needs, "data, it architecture", "climate", "english", 1);
                default -> wants(needs, "service design, procurement", "health", "english", 1);
            }
            mentoring.saveNeeds(needs);
        }
    }

    private void mentor(String login, String expertise, String sectors, String languages, int capacity, String availability, String bio) {
        MentorProfile profile = mentoring.profileOf(login + DemoData.DEMO_DOMAIN);
        profile.setExpertise(expertise);
        profile.setSectors(sectors);
        profile.setLanguages(languages);
        profile.setCapacity(capacity);
        profile.setAvailability(availability);
        profile.setBio(bio);
        mentoring.saveProfile(profile);
    }

    private Organisation department(String name) {
        return organisations.active().stream().filter(o -> o.getName().equals(name)).findFirst().orElse(null);
    }

    private static void wants(StartupNeeds needs, String expertise, String sector, String language, int mentors) {
        needs.setWantedExpertise(expertise);
        needs.setSector(sector);
        needs.setLanguage(language);
        needs.setMentorsWanted(mentors);
        needs.setFormat(MeetingFormat.EITHER);
    }
}
