package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * cohorts/my-applications.xhtml: the startup's applications, newest first, each opening its page; also starts an
 * application from an open challenge's page (one per startup and challenge: a second one is refused with a message).
 */
@Named
@ViewScoped
public class MyApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<Application> mine;

    /** Opens the list; an account that is not linked to a startup gets the reason and an empty list. */
    public void load() {
        try {
            mine = applications.mine(user.email());
        } catch (BusinessException notAStartup) {
            mine = List.of();
            Messages.add(notAStartup);
        }
    }

    /** Starts a draft application to the open challenge and opens it. */
    public String apply(Long challengeId) {
        Application draft = applications.draft(challengeId, user.email());
        messages.info("cohort_application.started", draft.getChallenge().getTitle());
        return "/cohorts/application?faces-redirect=true&id=" + draft.getId();
    }

    /** The startup's application to this challenge, or null when it has not applied (or the account has no startup). */
    public Application applicationTo(Long challengeId) {
        try {
            return getApplications().stream().filter(a -> a.getChallenge().getId().equals(challengeId)).findFirst().orElse(null);
        } catch (BusinessException notAStartup) {
            return null;
        }
    }

    public List<Application> getApplications() {
        if (mine == null) {
            mine = applications.mine(user.email());
        }
        return mine;
    }
}
