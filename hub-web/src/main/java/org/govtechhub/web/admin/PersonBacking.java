package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/** admin/person.xhtml?id=…: creates a person, or edits one (details, organisation, roles, password). */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private Long id;
    private Person person;
    private String password;

    public void load() {
        person = id == null ? Person.blank() : people.get(id);
    }

    public String save() {
        char[] secret = password == null ? null : password.toCharArray();
        person = person.isNew() ? people.create(person, secret) : people.update(person, secret);
        messages.info("admin_person.saved", person.getFullName());
        return "/admin/people?faces-redirect=true";
    }

    public boolean isCreating() {
        return person.isNew();
    }

    public List<Organisation> getOrganisations() {
        return organisations.active();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
