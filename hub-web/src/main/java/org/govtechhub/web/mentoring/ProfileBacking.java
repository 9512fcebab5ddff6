package org.govtechhub.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.mentoring.MentorProfile;
import org.govtechhub.mentoring.MentoringService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;

/** mentoring/profile.xhtml: my mentor profile. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MentoringService mentoring;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private MentorProfile profile;

    @PostConstruct
    void init() {
        profile = mentoring.profileOf(user.email());
    }

    public void save() {
        profile = mentoring.saveProfile(profile);
        messages.info("mentoring_profile.saved");
    }

    public MentorProfile getProfile() {
        return profile;
    }
}
