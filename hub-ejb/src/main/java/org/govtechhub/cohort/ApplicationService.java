package org.govtechhub.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.funnel.FunnelService;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
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
import org.govtechhub.shared.ReportTable;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Startups' profiles and applications, and the selection funnel. A startup reaches only its own applications and
 * documents (anything else is "not found"); submitting checks the cohort's eligibility rules at once; accepting is
 * limited by the cohort's capacity and the challenge's teams, with the cohort row locked so that two managers
 * accepting at the same moment cannot overfill it.
 */
@Stateless
@RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
public class ApplicationService extends CrudService<Application> {

    @EJB
    private Caller caller;

    @EJB
    private FunnelService funnel;

    @EJB
    private PersonService people;

    @EJB
    private ChallengeService challenges;

    @EJB
    private org.govtechhub.identity.OrganisationService organisations;

    @EJB
    private NotificationService notifications;

    @EJB
    private org.govtechhub.evaluation.JuryService jury;

    public ApplicationService() {
        super(Application.class);
    }

    // --- the startup ----------------------------------------------------------------------------------------------

    /**
     * Self-registration: a founder account (password policy of the identity context) and its startup organisation
     * with an empty profile, in one transaction; a taken e-mail or startup name is refused with its message.
     */
    @PermitAll
    public Person registerStartup(String fullName, String email, char[] password, @NotNull @Valid Organisation startup) {
        if (startup.getKind() != OrganisationKind.STARTUP) {
            throw new BusinessException("cohort.application.notAStartup");
        }
        Organisation saved = organisations.save(startup);
        Person created = people.create(new Person(fullName, email, saved, java.util.EnumSet.of(Role.STARTUP)), password);
        profileOf(saved);
        return created;
    }

    /** The startup's profile, created empty the first time. */
    @PermitAll
    public StartupProfile profileOf(Organisation startup) {
        return em.createNamedQuery("StartupProfile.of", StartupProfile.class).setParameter("organisation", startup)
                .getResultStream().findFirst().orElseGet(() -> {
                    StartupProfile profile = new StartupProfile(startup);
                    em.persist(profile);
                    return profile;
                });
    }

    public StartupProfile myProfile(String email) {
        caller.requireSelf(email);
        return profileOf(myStartup(email));
    }

    public StartupProfile saveProfile(@NotNull @Valid StartupProfile profile, String email) {
        caller.requireSelf(email);
        if (!profile.getOrganisation().equals(myStartup(email))) {
            throw BusinessException.notFound(profile.getId());
        }
        return save(profile, profile.isNew());
    }

    public List<Application> mine(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Application.ofStartup", Application.class).setParameter("startup", myStartup(email)).getResultList();
    }

    /** Starts the startup's one application to an open challenge. */
    public Application draft(Long challengeId, String email) {
        caller.requireSelf(email);
        Challenge challenge = challenges.openChallenge(challengeId);
        Organisation startup = myStartup(email);
        if (!em.createNamedQuery("Application.ofChallengeAndStartup", Application.class).setParameter("challenge", challenge)
                .setParameter("startup", startup).getResultList().isEmpty()) {
            throw new BusinessException("cohort.application.duplicate", challenge.getTitle());
        }
        return save(new Application(challenge, startup, me(email)), true);
    }

    /** The application as its startup (or a program manager) may open it; anyone else gets "not found". */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.JUROR, Roles.SYSTEM})
    public Application applicationFor(Long id, String email, boolean manager) {
        caller.requireSelf(email);
        return find(id).filter(a -> manager || a.getStartup().equals(me(email).getOrganisation()))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    public Application update(@NotNull @Valid Application changed, String email) {
        caller.requireSelf(email);
        applicationFor(changed.getId(), email, false).requireDraft();
        return save(changed, false);
    }

    @RolesAllowed({Roles.STARTUP, Roles.JUROR, Roles.SYSTEM})
    public List<ApplicationDocument> documents(Application application) {
        return em.createNamedQuery("ApplicationDocument.of", ApplicationDocument.class).setParameter("application", application).getResultList();
    }

    public ApplicationDocument attach(Long applicationId, String email, String fileName, byte[] content) {
        caller.requireSelf(email);
        Application application = applicationFor(applicationId, email, false);
        application.requireDraft();
        if (documents(application).size() >= ApplicationDocument.MAX_PER_APPLICATION) {
            throw new BusinessException("cohort.document.tooMany", ApplicationDocument.MAX_PER_APPLICATION);
        }
        ApplicationDocument document = new ApplicationDocument(application, fileName, content);
        em.persist(document);
        return document;
    }

    /** The startup removes a document from its draft; another startup's document is "not found". */
    public void removeDocument(Long documentId, String email) {
        caller.requireSelf(email);
        ApplicationDocument document = documentFor(documentId, email, false);
        applicationFor(document.getApplication().getId(), email, false).requireDraft();
        em.remove(document);
    }

    /** A document for its startup, a program manager or a pitch juror scoring the application; otherwise "not found". */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.JUROR, Roles.SYSTEM})
    public ApplicationDocument documentFor(Long documentId, String email, boolean manager) {
        ApplicationDocument document = findById(em, ApplicationDocument.class, documentId).orElseThrow(() -> BusinessException.notFound(documentId));
        Application application = document.getApplication();
        if (!jury.isAssigned(application.getChallenge().getCohort().owner(), email, application.getId())) {
            applicationFor(application.getId(), email, manager);
        }
        return document;
    }

    /** Submits during the application phase; the cohort's eligibility rules are checked at once. */
    public Application submit(Long id, String email) {
        caller.requireSelf(email);
        Application application = applicationFor(id, email, false);
        LocalDateTime now = Clock.now();
        EligibilityResult result = check(application, now);
        application.submit(now);
        application.screened(result, now);
        funnel.record(CohortSteps.submitted(application));
        return application;
    }

    public Application withdraw(Long id, String email) {
        caller.requireSelf(email);
        Application application = applicationFor(id, email, false);
        application.moveTo(ApplicationStatus.WITHDRAWN, Clock.now());
        return application;
    }

    /** The per-rule explanation, as of submission (or today for a draft), with the manager's override if any. */
    public EligibilityResult eligibility(Application application) {
        return explained(application, profileOf(application.getStartup()));
    }

    private static EligibilityResult explained(Application application, StartupProfile profile) {
        EligibilityResult result = check(application, profile, application.getSubmittedAt() == null ? Clock.now() : application.getSubmittedAt());
        return application.isOverridden()
                ? result.override(application.getOverrideEligible(), application.getOverrideReason(), application.getOverrideBy())
                : result;
    }

    private EligibilityResult check(Application application, LocalDateTime atUtc) {
        return check(application, profileOf(application.getStartup()), atUtc);
    }

    private static EligibilityResult check(Application application, StartupProfile profile, LocalDateTime atUtc) {
        Cohort cohort = application.getChallenge().getCohort();
        return cohort.getEligibility().check(profile.facts(), cohort.today(atUtc));
    }

    /**
     * The eligibility of a page of applications, as {@link #eligibility} explains each one, with their startups'
     * profiles (and turnovers) read in one go rather than one query per row; an incomplete profile has no entry.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Map<Long, EligibilityResult> eligibilityOf(Collection<Application> page) {
        Map<Long, EligibilityResult> results = new HashMap<>();
        if (page.isEmpty()) {
            return results;
        }
        Map<Organisation, StartupProfile> profiles = new HashMap<>();
        em.createNamedQuery("StartupProfile.ofAll", StartupProfile.class)
                .setParameter("organisations", page.stream().map(Application::getStartup).distinct().toList())
                .setHint("eclipselink.batch", "p.turnover").setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(p -> profiles.put(p.getOrganisation(), p));
        for (Application application : page) {
            StartupProfile profile = profiles.get(application.getStartup());
            if (profile == null) {
                continue;
            }
            try {
                results.put(application.getId(), explained(application, profile));
            } catch (BusinessException incomplete) {
                // an incomplete profile cannot be checked: the page shows no explanation
            }
        }
        return results;
    }

    /** The documents of a page of applications, by application id, in one query (their contents are not read). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Map<Long, List<ApplicationDocument>> documentsOf(Collection<Application> page) {
        Map<Long, List<ApplicationDocument>> documents = new HashMap<>();
        if (!page.isEmpty()) {
            em.createNamedQuery("ApplicationDocument.ofAll", Object[].class).setParameter("applications", List.copyOf(page))
                    .getResultList().forEach(row -> documents.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((ApplicationDocument) row[1]));
        }
        return documents;
    }

    // --- the program manager --------------------------------------------------------------------------------------

    /**
     * Submitted applications of a cohort, optionally of one status, a page at a time in submission order. The page's
     * ids come first from one index alone ((cohort, submitted) or (cohort, status, submitted)), then the page's rows,
     * and their startups, challenges, team limits and departments in one query each: the cost does not grow with the
     * cohort nor with the page.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Application> ofCohort(Cohort cohort, ApplicationStatus status, int first, int max) {
        TypedQuery<Long> ids = em.createQuery("SELECT a.id FROM Application a WHERE a.cohort = :cohort AND " + submittedIn(status)
                + " ORDER BY a.submittedAt, a.id", Long.class).setParameter("cohort", cohort);
        if (status != null) {
            ids.setParameter("status", status);
        }
        List<Long> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Application> rows = new HashMap<>();
        em.createQuery("SELECT a FROM Application a WHERE a.id IN :ids", Application.class).setParameter("ids", page)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.startup")
                .setHint("eclipselink.batch", "a.challenge").setHint("eclipselink.batch", "a.challenge.teamLimits")
                .setHint("eclipselink.batch", "a.challenge.department")
                .getResultList().forEach(a -> rows.put(a.getId(), a));
        return page.stream().map(rows::get).toList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public long countOfCohort(Cohort cohort, ApplicationStatus status) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.cohort = :cohort AND " + submittedIn(status), Long.class)
                .setParameter("cohort", cohort);
        if (status != null) {
            count.setParameter("status", status);
        }
        return count.getSingleResult();
    }

    /** Submitted applications (drafts, also withdrawn ones, never reached the manager), optionally of one status. */
    private static String submittedIn(ApplicationStatus status) {
        return "a.submittedAt IS NOT NULL" + (status == null ? "" : " AND a.status = :status");
    }

    /** A manager overrides the automatic eligibility outcome with a reason; the change is audited with the reason. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Application overrideEligibility(Long id, boolean eligible, String reason, String managerEmail) {
        caller.requireSelf(managerEmail);
        Application application = get(id);
        application.overrideEligibility(eligible, reason, managerEmail, Clock.now());
        return application;
    }

    /**
     * Moves an application one step through the funnel. Accepting locks the cohort first, then checks the cohort's
     * capacity and the challenge's teams for its first team phase: of two managers accepting at once, one wins and
     * the other is told why.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Application move(Long id, ApplicationStatus next) {
        Application application = get(id);
        if (next == ApplicationStatus.ACCEPTED) {
            Cohort cohort = em.find(Cohort.class, application.getChallenge().getCohort().getId(), LockModeType.PESSIMISTIC_WRITE);
            long accepted = em.createNamedQuery("Application.countAccepted", Long.class).setParameter("cohort", cohort).getSingleResult();
            if (accepted >= cohort.getCapacity()) {
                throw new BusinessException("cohort.application.cohortFull", cohort.getName(), cohort.getCapacity());
            }
            Challenge challenge = application.getChallenge();
            int teams = challenge.teamsAllowed(firstTeamPhase(cohort));
            long forChallenge = em.createNamedQuery("Application.countAcceptedForChallenge", Long.class).setParameter("challenge", challenge)
                    .getSingleResult();
            if (forChallenge >= teams) {
                throw new BusinessException("cohort.application.challengeFull", challenge.getTitle(), teams);
            }
        }
        application.moveTo(next, Clock.now());
        String key = switch (next) {
            case SHORTLISTED -> "notification.cohort.shortlisted";
            case ACCEPTED -> "notification.cohort.accepted";
            case WAITLISTED -> "notification.cohort.waitlisted";
            case REJECTED -> "notification.cohort.rejected";
            default -> null;
        };
        if (key != null) {
            people.membersWithRole(application.getStartup(), Role.STARTUP)
                    .forEach(p -> notifications.notify(p.getEmail(), key, application.getChallenge().getTitle()));
        }
        return application;
    }

    /**
     * After the pre-accelerator, a startup goes on to the accelerator, within the challenge's team limit for the
     * accelerator (CivTech: three teams per challenge in the pre-accelerator, one in the accelerator). The cohort row
     * is locked first, as for accepting, so two managers cannot both take the challenge's last place.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Application advanceToAccelerator(Long id) {
        Application application = get(id);
        Cohort cohort = em.find(Cohort.class, application.getChallenge().getCohort().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (cohort.phase(PhaseKind.PRE_ACCELERATOR).isEmpty() || cohort.phase(PhaseKind.ACCELERATOR).isEmpty()) {
            throw new BusinessException("cohort.application.noPreAccelerator", cohort.getName());
        }
        Challenge challenge = application.getChallenge();
        int teams = challenge.teamsAllowed(PhaseKind.ACCELERATOR);
        long advanced = em.createNamedQuery("Application.countAdvancedForChallenge", Long.class).setParameter("challenge", challenge)
                .getSingleResult();
        application.advance();
        if (advanced >= teams) {
            throw new BusinessException("cohort.application.acceleratorFull", challenge.getTitle(), teams);
        }
        people.membersWithRole(application.getStartup(), Role.STARTUP)
                .forEach(p -> notifications.notify(p.getEmail(), "notification.cohort.advanced", challenge.getTitle()));
        return application;
    }

    /** The phase whose team limit accepting is checked against: the pre-accelerator if the cohort has one. */
    static PhaseKind firstTeamPhase(Cohort cohort) {
        return cohort.phase(PhaseKind.PRE_ACCELERATOR).isPresent() ? PhaseKind.PRE_ACCELERATOR : PhaseKind.ACCELERATOR;
    }

    /**
     * The selection funnel of a cohort: how many applications reached each stage, whatever happened next (an
     * accepted one also counts as submitted, eligible, shortlisted and pitched; one rejected after its pitch still
     * counts as pitched), e.g. 200 → 18 → 10; one aggregated query.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public ReportTable funnel(Cohort cohort) {
        Map<ApplicationStatus, Long> byStage = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : em.createNamedQuery("Application.countByStage", Object[].class).setParameter("cohort", cohort).getResultList()) {
            byStage.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        long accepted = byStage.getOrDefault(ApplicationStatus.ACCEPTED, 0L);
        long pitched = accepted + sum(byStage, ApplicationStatus.PITCHED);
        long shortlisted = pitched + sum(byStage, ApplicationStatus.SHORTLISTED);
        long eligible = shortlisted + sum(byStage, ApplicationStatus.ELIGIBLE);
        long submitted = eligible + sum(byStage, ApplicationStatus.SUBMITTED);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(new ReportTable.Label("cohort_report.submitted"), submitted));
        rows.add(List.of(new ReportTable.Label("cohort_report.eligible"), eligible));
        rows.add(List.of(new ReportTable.Label("cohort_report.shortlisted"), shortlisted));
        rows.add(List.of(new ReportTable.Label("cohort_report.pitched"), pitched));
        rows.add(List.of(new ReportTable.Label("cohort_report.accepted"), accepted));
        return new ReportTable("funnel", List.of(ReportTable.Column.key("cohort_report.stage"), ReportTable.Column.key("cohort_report.count")), rows);
    }

    private static long sum(Map<ApplicationStatus, Long> byStatus, ApplicationStatus... statuses) {
        long sum = 0;
        for (ApplicationStatus status : statuses) {
            sum += byStatus.getOrDefault(status, 0L);
        }
        return sum;
    }

    private Organisation myStartup(String email) {
        Organisation organisation = me(email).getOrganisation();
        if (organisation == null || organisation.getKind() != OrganisationKind.STARTUP) {
            throw new BusinessException("cohort.application.notAStartup");
        }
        return organisation;
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
