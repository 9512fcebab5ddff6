package org.govtechhub.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.PersonService;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MeetingFormat;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.mentoring.MentoringService;
import org.govtechhub.mentoring.StartupNeeds;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/** mentoring/needs.xhtml: what my startup wants from mentoring, and the mentors it got. */
@Named
@ViewScoped
public class NeedsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MentoringService mentoring;

    @EJB
    private MatchingService matching;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private StartupNeeds needs;

    @PostConstruct
    void init() {
        people.findByEmail(user.email()).map(p -> p.getOrganisation())
                .filter(organisation -> organisation.getKind() == OrganisationKind.STARTUP)
                .ifPresent(startup -> needs = mentoring.needsOf(startup.getId()));
    }

    public void save() {
        needs = mentoring.saveNeeds(needs);
        messages.info("mentoring_needs.saved");
    }

    public List<MentorMatch> getMentors() {
        return needs == null ? List.of() : matching.ofStartup(needs.getStartup());
    }

    public List<Organisation> getDepartments() {
        return organisations.active(OrganisationKind.DEPARTMENT);
    }

    public MeetingFormat[] getFormats() {
        return MeetingFormat.values();
    }

    public StartupNeeds getNeeds() {
        return needs;
    }
}
