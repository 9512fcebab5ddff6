package org.govtechhub.incubator;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Support for the catalogue's projects. A project's owner (or someone of its startup) asks for support of a kind and
 * follows its status and outcome; program managers take each request, keep notes, introduce the project to a mentor,
 * an investor or a partner organisation, and close it as done (with the outcome) or declined (with the reason). The
 * owner is told at each step; an introduced person is told too.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class SupportService extends CrudService<SupportRequest> {

    @EJB
    private Caller caller;

    private static final EnumSet<SupportStatus> OPEN = EnumSet.of(SupportStatus.NEW, SupportStatus.IN_PROGRESS, SupportStatus.INTRODUCED);

    @EJB
    private ProjectService projects;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public SupportService() {
        super(SupportRequest.class);
    }

    /** The owner asks for support; at most one open request of each kind per project. Every program manager is told. */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public SupportRequest request(Long projectId, Need kind, String description, String email) {
        caller.requireSelf(email);
        Project project = projects.forOwner(projectId, email);
        if (kind != null && !em.createNamedQuery("SupportRequest.openOfKind", SupportRequest.class).setParameter("project", project)
                .setParameter("kind", kind).setParameter("open", OPEN).getResultList().isEmpty()) {
            throw new BusinessException("incubator.support.alreadyOpen", project.getName());
        }
        SupportRequest request = save(new SupportRequest(project, kind, description), true);
        people.withRole(Role.PROGRAM_MANAGER).forEach(m -> notifications.notify(m.getEmail(), "notification.incubator.supportRequested",
                project.getName(), request.getDescription()));
        return request;
    }

    /** The project's requests, newest first, as its owner follows them. */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public List<SupportRequest> ofProject(Long projectId, String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("SupportRequest.ofProject", SupportRequest.class)
                .setParameter("project", projects.forOwner(projectId, email)).getResultList();
    }

    /** The pipeline's requests at one step, the oldest first. */
    public List<SupportRequest> inStatus(SupportStatus status) {
        return em.createNamedQuery("SupportRequest.inStatus", SupportRequest.class).setParameter("status", status).getResultList();
    }

    /** How many requests are at each step (0 where none). */
    public Map<SupportStatus, Long> countByStatus() {
        Map<SupportStatus, Long> counts = new EnumMap<>(SupportStatus.class);
        for (SupportStatus status : SupportStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery("SupportRequest.countByStatus", Object[].class).getResultList()) {
            counts.put((SupportStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<SupportNote> notes(SupportRequest request) {
        return em.createNamedQuery("SupportNote.of", SupportNote.class).setParameter("request", request).getResultList();
    }

    /** The program manager takes a new request: it is in progress, with them as its handler. */
    public SupportRequest take(Long id, String managerEmail) {
        caller.requireSelf(managerEmail);
        SupportRequest request = get(id);
        request.take(me(managerEmail));
        tellOwner(request, "notification.incubator.supportInProgress");
        return request;
    }

    public SupportNote note(Long id, String text) {
        SupportNote note = new SupportNote(get(id), text);
        em.persist(note);
        return note;
    }

    /**
     * Introduces the project: to a mentor or an investor by their e-mail in the hub (a mentor must hold the mentor role),
     * or to a partner organisation by its name. The introduced person is told about the project.
     */
    public SupportRequest introduce(Long id, IntroductionKind kind, String personEmail, String organisationName) {
        SupportRequest request = get(id);
        Person person = null;
        Organisation organisation = null;
        if (kind == IntroductionKind.PARTNER) {
            if (organisationName != null && !organisationName.isBlank()) {
                organisation = em.createNamedQuery("Organisation.byName", Organisation.class).setParameter("name", organisationName.strip())
                        .getResultStream().findFirst()
                        .orElseThrow(() -> new BusinessException("incubator.support.noSuchOrganisation", organisationName.strip()));
            }
        } else if (kind != null && personEmail != null && !personEmail.isBlank()) {
            person = people.findByEmail(personEmail.strip()).filter(Person::isActive)
                    .orElseThrow(() -> new BusinessException("incubator.support.noSuchPerson", personEmail.strip()));
            if (kind == IntroductionKind.MENTOR && !person.hasRole(Role.MENTOR)) {
                throw new BusinessException("incubator.support.notAMentor", person.getFullName());
            }
        }
        request.introduce(kind, person, organisation);
        tellOwner(request, "notification.incubator.supportIntroduced", request.getIntroducedName());
        if (person != null) {
            notifications.notify(person.getEmail(), "notification.incubator.introducedToYou", request.getProject().getName(),
                    request.getProject().getSlug(), request.getDescription());
        }
        return request;
    }

    public SupportRequest complete(Long id, String outcome) {
        SupportRequest request = get(id);
        request.complete(outcome, Clock.now());
        tellOwner(request, "notification.incubator.supportDone", request.getOutcome());
        return request;
    }

    public SupportRequest decline(Long id, String reason) {
        SupportRequest request = get(id);
        request.decline(reason, Clock.now());
        tellOwner(request, "notification.incubator.supportDeclined", request.getOutcome());
        return request;
    }

    private void tellOwner(SupportRequest request, String key, Object... more) {
        Object[] parameters = new Object[1 + more.length];
        parameters[0] = request.getProject().getName();
        System.arraycopy(more, 0, parameters, 1, more.length);
        notifications.notify(request.getProject().getOwner().getEmail(), key, parameters);
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
