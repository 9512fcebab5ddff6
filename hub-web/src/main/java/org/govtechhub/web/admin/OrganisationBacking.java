package org.govtechhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;

/** admin/organisation.xhtml?id=…: creates or edits a department or a startup. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private Long id;
    private Organisation organisation;

    public void load() {
        organisation = id == null ? Organisation.blank() : organisations.get(id);
    }

    public String save() {
        organisation = organisations.save(organisation);
        messages.info("admin_organisation.saved", organisation.getName());
        return "/admin/organisations?faces-redirect=true";
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
