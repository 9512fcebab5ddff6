package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.CrudService;

import java.util.Optional;

/** Position family, line manager and yearly hours of a person; the default quota is {@code hub.training.yearly-hours}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
public class TrainingProfileService extends CrudService<TrainingProfile> {

    @EJB
    private PersonService people;

    public TrainingProfileService() {
        super(TrainingProfile.class);
    }

    public static int defaultYearlyHours() {
        return ConfigProvider.getConfig().getOptionalValue("hub.training.yearly-hours", Integer.class).orElse(40);
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public Optional<TrainingProfile> findByEmail(String email) {
        return em.createNamedQuery("TrainingProfile.byEmail", TrainingProfile.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    /** The person's profile, a new (unsaved) one if they have none yet. */
    public TrainingProfile profileOf(Long personId) {
        return em.createNamedQuery("TrainingProfile.byPerson", TrainingProfile.class).setParameter("personId", personId)
                .getResultStream().findFirst().orElseGet(() -> new TrainingProfile(people.get(personId)));
    }

    public TrainingProfile save(TrainingProfile profile) {
        return save(profile, profile.isNew());
    }
}
