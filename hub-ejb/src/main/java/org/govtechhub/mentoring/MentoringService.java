package org.govtechhub.mentoring;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;

import java.util.List;

/** Mentor profiles, startups' needs and declared conflicts of interest. */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.MENTOR, Roles.SYSTEM})
public class MentoringService extends CrudService<MentorProfile> {

    @EJB
    private Caller caller;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    public MentoringService() {
        super(MentorProfile.class);
    }

    /** The mentor's profile; a new, unsaved one when they have none yet. */
    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public MentorProfile profileOf(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("MentorProfile.byEmail", MentorProfile.class).setParameter("email", email)
                .getResultStream().findFirst().orElseGet(() -> new MentorProfile(people.findByEmail(email).orElseThrow()));
    }

    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public MentorProfile saveProfile(@NotNull @Valid MentorProfile profile) {
        return save(profile, profile.isNew());
    }

    public List<MentorProfile> activeMentors() {
        return em.createNamedQuery("MentorProfile.active", MentorProfile.class).getResultList();
    }

    /** The startup's needs; new, unsaved ones when it has none yet. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.SYSTEM})
    public StartupNeeds needsOf(Long startupId) {
        Organisation startup = organisations.get(startupId);
        if (startup.getKind() != OrganisationKind.STARTUP) {
            throw new BusinessException("mentoring.needs.notAStartup", startup.getName());
        }
        return em.createNamedQuery("StartupNeeds.ofStartup", StartupNeeds.class).setParameter("startupId", startupId)
                .getResultStream().findFirst().orElseGet(() -> new StartupNeeds(startup));
    }

    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public StartupNeeds saveNeeds(@NotNull @Valid StartupNeeds needs) {
        return save(needs, needs.isNew());
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<StartupNeeds> activeNeeds() {
        return em.createNamedQuery("StartupNeeds.active", StartupNeeds.class).getResultList();
    }

    /** Up to {@code max} active startups whose name has these words, by name: what a startup field offers as one types. */
    public List<Organisation> startupsNamed(String words, int max) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.active = TRUE AND o.kind = org.govtechhub.identity.OrganisationKind.STARTUP "
                + "AND LOWER(o.name) LIKE :text ESCAPE '\\' ORDER BY o.name", Organisation.class)
                .setParameter("text", containing(words)).setMaxResults(max).getResultList();
    }

    /** The conflicts a person may see: all for program managers, otherwise those of the person as mentor or of their startup. */
    public List<ConflictOfInterest> conflictsSeenBy(String email, boolean manager) {
        caller.requireSelf(email);
        return manager ? conflicts() : em.createNamedQuery("ConflictOfInterest.of", ConflictOfInterest.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @RolesAllowed(Roles.SYSTEM)
    public List<Organisation> startups() {
        return organisations.active().stream().filter(o -> o.getKind() == OrganisationKind.STARTUP).toList();
    }

    public ConflictOfInterest declare(Long mentorId, Long startupId, ConflictKind kind, String reason, String declaredBy) {
        caller.requireSelf(declaredBy);
        var mentor = people.get(mentorId);
        Organisation startup = organisations.get(startupId);
        boolean known = !em.createNamedQuery("ConflictOfInterest.pair", ConflictOfInterest.class)
                .setParameter("mentor", mentor).setParameter("startup", startup).getResultList().isEmpty();
        if (known) {
            throw new BusinessException("mentoring.conflict.duplicate", mentor.getFullName(), startup.getName());
        }
        return save(new ConflictOfInterest(mentor, startup, kind, reason, declaredBy), true);
    }

    public List<ConflictOfInterest> conflicts() {
        return em.createNamedQuery("ConflictOfInterest.all", ConflictOfInterest.class).getResultList();
    }
}
