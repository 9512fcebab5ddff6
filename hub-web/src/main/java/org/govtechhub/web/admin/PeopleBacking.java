package org.govtechhub.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.web.shared.EntityLazyModel;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;

/** admin/people.xhtml: everybody, lazily paged, sortable and filterable; deactivate and reactivate. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService people;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    private EntityLazyModel<Person> model;

    @PostConstruct
    void init() {
        model = EntityLazyModel.of(people);
    }

    public void deactivate(Person person) {
        people.deactivate(person.getId(), securityContext.getCallerPrincipal().getName());
        messages.info("admin_people.deactivated", person.getFullName());
    }

    public void activate(Person person) {
        people.activate(person.getId());
        messages.info("admin_people.activated", person.getFullName());
    }

    public EntityLazyModel<Person> getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
