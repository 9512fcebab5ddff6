package org.govtechhub.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;

import java.util.List;

/** Departments and startups: the administrator's use cases. */
@Stateless
@PermitAll
public class OrganisationService extends CrudService<Organisation> {

    public OrganisationService() {
        super(Organisation.class);
    }

    public Organisation save(@NotNull @Valid Organisation organisation) {
        em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("name", organisation.getName())
                .getResultStream()
                .filter(other -> !other.getId().equals(organisation.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("organisation.nameTaken", organisation.getName());
                });
        return save(organisation, organisation.isNew());
    }

    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Organisation deactivate(Long id) {
        Organisation organisation = get(id);
        organisation.deactivate();
        return organisation;
    }

    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Organisation activate(Long id) {
        Organisation organisation = get(id);
        organisation.activate();
        return organisation;
    }

    public List<Organisation> active() {
        return em.createNamedQuery("Organisation.active", Organisation.class).getResultList();
    }

    /**
     * The active organisations of these kinds, for choices such as a programme's owner or a department: a city has
     * a few hundred of them beside tens of thousands of startups, which no menu should carry.
     */
    public List<Organisation> active(OrganisationKind... kinds) {
        return em.createNamedQuery("Organisation.activeOfKinds", Organisation.class).setParameter("kinds", List.of(kinds)).getResultList();
    }

    /** Public: read by the public pages. */
    @Override
    @PermitAll
    public java.util.Optional<Organisation> find(Long id) {
        return super.find(id);
    }
}
