package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.identity.Role;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.Region;
import org.govtechhub.web.shared.CurrentUser;

import java.util.Comparator;
import java.util.List;

/**
 * incubator/public-project.xhtml, at /projects/&lt;slug&gt;: a published project for everyone, with when it was last updated and
 * the outcomes its startup's cohorts recorded. Its owner gets a link to change it, a program manager one to moderate it.
 * A draft, a returned project or an unknown address is "not found" (404).
 */
@Named
@ViewScoped
public class PublicProjectBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    private String slug;
    private Project project;
    private List<Outcome> evidence;
    private List<org.govtechhub.incubator.Adoption> adoptions;

    @EJB
    private org.govtechhub.incubator.ReplicationService replication;

    public void load() {
        project = catalogue.published(slug);
        evidence = catalogue.evidence(project);
        adoptions = replication.adoptions(project);
    }

    /** Where it is being adopted or runs beyond its home regions. */
    public List<org.govtechhub.incubator.Adoption> getAdoptions() {
        return adoptions;
    }

    /** The regions where it runs, by name in the page's language. */
    public List<String> getRegionNames() {
        return project.getRegions().stream().map(r -> r.name(user.locale())).sorted(Comparator.naturalOrder()).toList();
    }

    public boolean isOwner() {
        return user.isSignedIn() && project.getOwner().getEmail().equals(user.email());
    }

    public boolean isManager() {
        return user.isSignedIn() && user.isInRole(Role.PROGRAM_MANAGER.name());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Project getProject() {
        return project;
    }

    public List<Outcome> getEvidence() {
        return evidence;
    }

    /** For the regions' names where only a Region is at hand. */
    public String regionName(Region region) {
        return region.name(user.locale());
    }
}
