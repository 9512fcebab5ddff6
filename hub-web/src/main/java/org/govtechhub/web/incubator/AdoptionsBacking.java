package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Role;
import org.govtechhub.incubator.Adoption;
import org.govtechhub.incubator.AdoptionStatus;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.ReplicationService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * incubator/adoptions.xhtml?id=: where a project is being adopted or runs beyond its home regions, recorded by its owner
 * or a program manager: the region, the organisation, since when, how far, the cost. Recording a region again changes
 * what was recorded there.
 */
@Named
@ViewScoped
public class AdoptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReplicationService replication;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Project project;
    private List<Adoption> adoptions;
    private List<Region> regions;
    private String region;
    private Adoption terms = Adoption.terms();

    public void load() {
        project = replication.projectFor(id, user.email(), isManager());
        adoptions = replication.adoptions(project);
        regions = catalogue.regions();
    }

    public void record() {
        Adoption recorded = replication.record(id, region, terms, user.email(), isManager());
        messages.info("incubator_adoptions.recorded", regionName(recorded.getRegion()));
        adoptions = replication.adoptions(project);
        region = null;
        terms = Adoption.terms();
    }

    private boolean isManager() {
        return user.isInRole(Role.PROGRAM_MANAGER.name());
    }

    public String regionName(Region r) {
        return r.name(user.locale());
    }

    public AdoptionStatus[] getStatuses() {
        return AdoptionStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<Adoption> getAdoptions() {
        return adoptions;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    /** What the form fills in: organisation, since when, status, cost, note. */
    public Adoption getTerms() {
        return terms;
    }
}
