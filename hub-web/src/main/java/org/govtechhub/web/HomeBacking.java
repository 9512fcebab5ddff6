package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/** home.xhtml: the personal dashboard; each role's modules add their panel to it. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    private Person person;

    public List<Notification> getNotifications() {
        return notifications.latestFor(securityContext.getCallerPrincipal().getName());
    }

    public String text(Notification notification) {
        return Messages.format(FacesContext.getCurrentInstance(), notification.getMessageKey(), notification.parameterValues());
    }

    public Person getPerson() {
        if (person == null) {
            person = people.findByEmail(securityContext.getCallerPrincipal().getName()).orElseThrow();
        }
        return person;
    }
}
