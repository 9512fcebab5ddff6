package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;

/** home.xhtml: the personal dashboard; each role's modules add their panel to it. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private PersonService people;

    private Person person;

    public Person getPerson() {
        if (person == null) {
            person = people.findByEmail(securityContext.getCallerPrincipal().getName()).orElseThrow();
        }
        return person;
    }
}
