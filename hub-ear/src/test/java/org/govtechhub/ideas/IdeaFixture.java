package org.govtechhub.ideas;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.Clock;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Citizens, civil servants, moderators, departments and their ideas through the real services, with unique names so
 * tests never meet (the demo's ideas share the database). Each method is one transaction.
 */
@Stateless
public class IdeaFixture {

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private IdeaService ideas;

    @EJB
    private ChallengeService challenges;

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified citizen who cannot sign in over HTTP (no password). */
    public Person citizen(String name) {
        return person(null, name, Role.CITIZEN);
    }

    public Person civilServant(String name) {
        return person(null, name, Role.CIVIL_SERVANT);
    }

    public Person manager(String name) {
        return person(null, name, Role.PROGRAM_MANAGER);
    }

    public Organisation department(String name) {
        return organisations.save(new Organisation(unique(name), OrganisationKind.DEPARTMENT));
    }

    public Person staff(Organisation department, String name) {
        return person(department, name, Role.DEPARTMENT);
    }

    /** A published idea about public transport in the Central district, without attachments. */
    public Idea idea(Person author, String title) {
        return ideas.submit(author.getEmail(), unique(title), "The problem of " + title + ", and what would solve it.",
                PublicService.TRANSPORT, District.CENTRAL, null, List.of());
    }

    /** The department's draft made complete (a SMART goal), submitted, approved and published by a program manager. */
    public Challenge publish(Long challengeId, String staffEmail) {
        Challenge challenge = challenges.challengeFor(challengeId, staffEmail, false);
        challenge.setGoalMetric("residents' complaints a month");
        challenge.setGoalTarget(new BigDecimal("10"));
        challenge.setGoalUnit("complaints");
        challenge.setGoalDeadline(Clock.now().toLocalDate().plusMonths(6));
        challenges.update(challenge, staffEmail);
        challenges.submit(challengeId, staffEmail);
        challenges.approve(challengeId, null);
        return challenges.publish(challengeId);
    }

    private Person person(Organisation organisation, String name, Role role) {
        return people.createWithoutPassword(new Person(name, "ideas-" + UUID.randomUUID() + "@example.org", organisation, EnumSet.of(role)));
    }
}
