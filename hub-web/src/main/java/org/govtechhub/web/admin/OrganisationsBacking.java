package org.govtechhub.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.web.shared.EntityLazyModel;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;

/** admin/organisations.xhtml: departments and startups, lazily paged; deactivate and reactivate. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private EntityLazyModel<Organisation> model;

    @PostConstruct
    void init() {
        model = EntityLazyModel.of(organisations);
    }

    public void deactivate(Organisation organisation) {
        organisations.deactivate(organisation.getId());
        messages.info("admin_organisations.deactivated", organisation.getName());
    }

    public void activate(Organisation organisation) {
        organisations.activate(organisation.getId());
        messages.info("admin_organisations.activated", organisation.getName());
    }

    public EntityLazyModel<Organisation> getModel() {
        return model;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }
}
