package org.govtechhub.mentoring;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;

import java.util.EnumSet;
import java.util.UUID;

/** Mentors and startups with needs, through the real services; unique names so tests never meet. */
@Stateless
public class MentoringFixture {

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private MentoringService mentoring;

    @EJB
    private MatchingService matching;

    /**
     * Publishes a round with only this test's startups in it: the other proposed pairs (the demo
     * startups, other tests') are removed first, as a manager would, so no other test finds them taken.
     */
    public void publishOnly(MatchingRound round, Organisation... startups) {
        java.util.List<Organisation> mine = java.util.List.of(startups);
        matching.matchesOf(round).stream()
                .filter(m -> m.getStatus() == MatchStatus.PROPOSED && !mine.contains(m.getStartup()))
                .forEach(m -> matching.remove(m.getId()));
        matching.publish(round.getId());
    }

    public Person mentor(String name, String expertise, int capacity) {
        return mentorOf(null, name, expertise, capacity);
    }

    public Person mentorOf(Organisation organisation, String name, String expertise, int capacity) {
        Person person = people.createWithoutPassword(new Person(name, "mentor-" + UUID.randomUUID() + "@example.org", organisation,
                EnumSet.of(Role.MENTOR)));
        MentorProfile profile = mentoring.profileOf(person.getEmail());
        profile.setExpertise(expertise);
        profile.setLanguages("english");
        profile.setCapacity(capacity);
        mentoring.saveProfile(profile);
        return person;
    }

    public Organisation startup(String name, String wantedExpertise, int mentorsWanted) {
        return withNeeds(organisations.save(new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.STARTUP)), wantedExpertise,
                mentorsWanted);
    }

    /** An existing startup (a cohort's, say) states what mentoring it wants. */
    public Organisation withNeeds(Organisation startup, String wantedExpertise, int mentorsWanted) {
        StartupNeeds needs = mentoring.needsOf(startup.getId());
        needs.setWantedExpertise(wantedExpertise);
        needs.setLanguage("english");
        needs.setMentorsWanted(mentorsWanted);
        mentoring.saveNeeds(needs);
        return startup;
    }

    public Organisation department(String name) {
        return organisations.save(new Organisation(name + " " + UUID.randomUUID(), OrganisationKind.DEPARTMENT));
    }

    public void customerOf(Organisation startup, Organisation department) {
        StartupNeeds needs = mentoring.needsOf(startup.getId());
        needs.setCustomerDepartment(department);
        mentoring.saveNeeds(needs);
    }

    public Person founder(Organisation startup, String name) {
        return people.createWithoutPassword(new Person(name, "founder-" + UUID.randomUUID() + "@example.org", startup,
                EnumSet.of(Role.STARTUP)));
    }

    /** A skill nobody else has, so that only this test's mentor scores on it. */
    public static String uniqueExpertise() {
        return "expertise-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
