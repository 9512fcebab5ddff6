package org.govtechhub.incubator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Founders and their startups, other people, program managers, and the catalogue's projects, through the real
 * services; unique names and words so tests never meet (other tests' and the demo's projects share the catalogue).
 * Each method is one transaction.
 */
@Stateless
public class IncubatorFixture {

    @EJB
    private ProjectService projects;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private ReviewService reviews;

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A word no other project has: letters and digits that end in a digit, so that the stemmer leaves it whole. Put in
     * a project's texts and in a search, it keeps the search's results to this test's projects.
     */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "7";
    }

    /** A founder of a startup of their own, who cannot sign in. */
    public Person founder(String name) {
        Organisation startup = organisations.save(new Organisation(unique(name + " Lab"), OrganisationKind.STARTUP));
        return person(startup, name, Role.STARTUP);
    }

    /** Another founder of the same startup. */
    public Person colleague(Person founder, String name) {
        return person(founder.getOrganisation(), name, Role.STARTUP);
    }

    /** A civil servant of no organisation: any registered person may submit a project, and sees only their own. */
    public Person civilServant(String name) {
        return person(null, name, Role.CIVIL_SERVANT);
    }

    /** A program manager of no organisation, who moderates the catalogue. */
    public Person manager(String name) {
        return person(null, name, Role.PROGRAM_MANAGER);
    }

    /** A mentor of no organisation. */
    public Person mentor(String name) {
        return person(null, name, Role.MENTOR);
    }

    /** An expert of this organisation (or none) who declared these sectors and needs and takes {@code capacity} reviews at once. */
    public Person expert(String name, Organisation organisation, Set<Sector> sectors, Set<Need> needs, int capacity) {
        Person expert = person(organisation, name, Role.EXPERT);
        reviews.declareExpertise(expert.getEmail(), sectors, needs, capacity, null);
        return expert;
    }

    /** An organisation a project can be introduced to as a partner. */
    public Organisation partner(String name) {
        return organisations.save(new Organisation(unique(name), OrganisationKind.NGO));
    }

    private Person person(Organisation organisation, String name, Role role) {
        return people.createWithoutPassword(new Person(name, "incubator-" + UUID.randomUUID() + "@example.org", organisation, EnumSet.of(role)));
    }

    /** A draft the owner filled in completely (tagline, problem, solution, the regions), changed by {@code details}, not submitted. */
    public Project complete(Person owner, String name, Consumer<Project> details, String... regionCodes) {
        Project project = projects.draft(name, owner.getEmail());
        project.setTagline("Residents report street problems to the body responsible");
        project.setProblem("Residents do not know who is responsible for a broken street light.");
        project.setSolution("A map on which residents post problems; each reaches the body responsible for the area.");
        details.accept(project);
        return projects.update(project, List.of(regionCodes), owner.getEmail());
    }

    public Project complete(Person owner, String name, String... regionCodes) {
        return complete(owner, name, p -> { }, regionCodes);
    }

    /** Drafted, filled in, submitted and published by a program manager: in the public catalogue. */
    public Project published(Person owner, String name, Consumer<Project> details, String... regionCodes) {
        Project project = complete(owner, name, details, regionCodes);
        projects.submit(project.getId(), owner.getEmail());
        return projects.publish(project.getId());
    }

    public Project published(Person owner, String name, String... regionCodes) {
        return published(owner, name, p -> { }, regionCodes);
    }
}
