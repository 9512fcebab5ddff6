package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.training.PositionFamily;
import org.govtechhub.training.SkillService;
import org.govtechhub.training.TrainingProfile;
import org.govtechhub.training.TrainingProfileService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/** admin/training-profile.xhtml?person=…: a person's position family, line manager and yearly hours. */
@Named
@ViewScoped
public class TrainingProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingProfileService profiles;

    @EJB
    private SkillService skills;

    @EJB
    private PersonService people;

    @Inject
    private Messages messages;

    private Long person;
    private TrainingProfile profile;

    public void load() {
        profile = profiles.profileOf(person);
    }

    public String save() {
        profiles.save(profile);
        messages.info("admin_training_profile.saved", profile.getPerson().getFullName());
        return "/admin/people?faces-redirect=true";
    }

    public List<PositionFamily> getFamilies() {
        return skills.positionFamilies();
    }

    public List<Person> getManagers() {
        return people.active().stream().filter(p -> !p.getId().equals(person)).toList();
    }

    public int getDefaultQuota() {
        return TrainingProfileService.defaultYearlyHours();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public TrainingProfile getProfile() {
        return profile;
    }
}
