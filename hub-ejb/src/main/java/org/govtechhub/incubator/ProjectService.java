package org.govtechhub.incubator;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Submission and moderation of the catalogue's projects. Any signed-in person drafts a project, keeps it up to date
 * and submits it; program managers publish it or return it with a reason. A project reaches its owner and the people
 * of its startup only; anyone else asking for it by id gets "not found". Every change is kept as a
 * {@link ProjectRevision}: who, when and what.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
public class ProjectService extends CrudService<Project> {

    @EJB
    private Caller caller;

    @EJB
    private PersonService people;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private NotificationService notifications;

    public ProjectService() {
        super(Project.class);
    }

    /**
     * Starts a draft under a name no other project has ("Street Journal" and "streetjournal" are one name), at an
     * address made from the name. The owner's startup, if they belong to one, is the project's.
     */
    public Project draft(String name, String email) {
        caller.requireSelf(email);
        Person me = me(email);
        if (name == null || name.isBlank()) {
            throw new BusinessException("incubator.project.nameRequired");
        }
        requireUniqueName(name.strip(), null);
        Organisation organisation = me.getOrganisation();
        Organisation startup = organisation != null && organisation.getKind() == OrganisationKind.STARTUP ? organisation : null;
        Project project = save(new Project(name.strip(), freeSlug(SearchTerms.slug(name)), me, startup), true);
        em.persist(new ProjectRevision(project, RevisionAction.CREATED, List.of(), null));
        return project;
    }

    /** The projects the person owns or their startup has, last changed first. */
    public List<Project> mine(String email) {
        caller.requireSelf(email);
        Person me = me(email);
        return em.createNamedQuery("Project.ofOwner", Project.class).setParameter("owner", me)
                .setParameter("startup", me.getOrganisation()).getResultList();
    }

    /** A project as its owner (or someone of its startup) may open it; anyone else gets "not found". */
    public Project forOwner(Long id, String email) {
        caller.requireSelf(email);
        Person me = me(email);
        return find(id).filter(p -> p.isEditableBy(me)).orElseThrow(() -> BusinessException.notFound(id));
    }

    /**
     * Saves the owner's changes, with the regions chosen by their codes: unless it waits for moderation, under a name
     * and a website no other project has. The fields that changed are kept in the history; a published project stays
     * published.
     */
    public Project update(@NotNull @Valid Project changed, Collection<String> regionCodes, String email) {
        caller.requireSelf(email);
        Project current = forOwner(changed.getId(), email);
        current.requireEditable();
        var before = current.facts();
        requireUniqueName(changed.getName(), changed.getId());
        requireUniqueWebsite(changed.getWebsite(), changed.getId());
        Set<Region> regions = new HashSet<>();
        for (String code : regionCodes) {
            regions.add(catalogue.region(code));
        }
        changed.setRegions(regions);
        Project saved = save(changed, false);
        saved.reindex();
        List<String> fields = Project.changed(before, saved.facts());
        if (!fields.isEmpty()) {
            em.persist(new ProjectRevision(saved, RevisionAction.EDITED, fields, null));
        }
        em.flush();
        return saved;
    }

    /** Sends the project to the program managers for moderation; each is told. */
    public Project submit(Long id, String email) {
        caller.requireSelf(email);
        Project project = forOwner(id, email);
        project.submit(Clock.now());
        em.persist(new ProjectRevision(project, RevisionAction.SUBMITTED, List.of(), null));
        people.withRole(Role.PROGRAM_MANAGER).forEach(m -> notifications.notify(m.getEmail(),
                "notification.incubator.projectSubmitted", project.getName(), project.getOwner().getFullName()));
        return project;
    }

    /** The projects waiting for moderation, the longest waiting first. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Project> awaitingModeration() {
        return em.createNamedQuery("Project.inStatus", Project.class).setParameter("status", ProjectStatus.SUBMITTED).getResultList();
    }

    @RolesAllowed(Roles.SYSTEM)
    public long countAwaitingModeration() {
        return em.createNamedQuery("Project.countInStatus", Long.class).setParameter("status", ProjectStatus.SUBMITTED).getSingleResult();
    }

    /** A program manager publishes a submitted project in the catalogue; its owner is told. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Project publish(Long id) {
        Project project = get(id);
        project.publish(Clock.now());
        em.persist(new ProjectRevision(project, RevisionAction.PUBLISHED, List.of(), null));
        notifications.notify(project.getOwner().getEmail(), "notification.incubator.projectPublished", project.getName(), project.getSlug());
        return project;
    }

    /** A program manager returns a submitted project, or takes a published one out of the catalogue, with the reason. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Project returnWithReason(Long id, String reason) {
        Project project = get(id);
        project.returnWithReason(reason);
        em.persist(new ProjectRevision(project, RevisionAction.RETURNED, List.of(), project.getReturnReason()));
        notifications.notify(project.getOwner().getEmail(), "notification.incubator.projectReturned", project.getName(), project.getReturnReason());
        return project;
    }

    /** Every change of the project, newest first. */
    public List<ProjectRevision> history(Project project) {
        return em.createNamedQuery("ProjectRevision.of", ProjectRevision.class).setParameter("project", project).getResultList();
    }

    private void requireUniqueName(String name, Long self) {
        em.createNamedQuery("Project.byNameKey", Project.class).setParameter("key", SearchTerms.key(name)).getResultStream()
                .filter(p -> !p.getId().equals(self)).findFirst().ifPresent(p -> {
                    throw new BusinessException("incubator.project.duplicate", name, p.getName());
                });
    }

    private void requireUniqueWebsite(String website, Long self) {
        if (website == null || website.isBlank()) {
            return;
        }
        em.createNamedQuery("Project.byWebsite", Project.class).setParameter("websites", spellings(website)).getResultStream()
                .filter(p -> !Objects.equals(p.getId(), self)).findFirst().ifPresent(p -> {
                    throw new BusinessException("incubator.project.duplicateWebsite", website, p.getName());
                });
    }

    /** The ways one website is written: http or https, with or without www, with or without the last slash. */
    static List<String> spellings(String website) {
        String address = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/+$", "");
        List<String> spellings = new ArrayList<>();
        for (String scheme : List.of("http://", "https://")) {
            for (String www : List.of("", "www.")) {
                spellings.add(scheme + www + address);
                spellings.add(scheme + www + address + "/");
            }
        }
        return spellings;
    }

    /** The slug, or the slug with the first free number ("bus62-2") when another project has it. */
    private String freeSlug(String slug) {
        Set<String> taken = new HashSet<>(em.createNamedQuery("Project.slugsLike", String.class).setParameter("slug", slug)
                .setParameter("numbered", slug + "-%").getResultList());
        String free = slug;
        for (int n = 2; taken.contains(free); n++) {
            free = slug + "-" + n;
        }
        return free;
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
