package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.PersonalDataService;
import org.govtechhub.identity.Role;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * admin/person.xhtml?id=…: creates a person, or edits one (details, organisation, roles, password); for someone who
 * exists, the download of everything held about them and their anonymisation when they leave.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PersonalDataService personalData;

    @Inject
    private Messages messages;

    @Inject
    private SecurityContext securityContext;

    private boolean anonymiseConfirmed;

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

    /** Anonymises the person once the administrator ticked that this cannot be undone. */
    public String anonymise() {
        if (!anonymiseConfirmed) {
            messages.error("admin_person.anonymise.confirmFirst");
            return null;
        }
        person = personalData.anonymise(person.getId(), securityContext.getCallerPrincipal().getName());
        messages.info("admin_person.anonymised", person.getFullName());
        return "/admin/people?faces-redirect=true";
    }

    public boolean isAnonymiseConfirmed() {
        return anonymiseConfirmed;
    }

    public void setAnonymiseConfirmed(boolean anonymiseConfirmed) {
        this.anonymiseConfirmed = anonymiseConfirmed;
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
