package org.govtechhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.cohort.PitchService;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.identity.Roles;
import org.govtechhub.it.AsRole;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.mentoring.MatchingRound;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MeetingFormat;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.mentoring.MentoringFixture;
import org.govtechhub.mentoring.MentoringSession;
import org.govtechhub.mentoring.SessionLogService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.TrainingFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service says who may call each of its methods, and the server holds it to that: each public method of each
 * session bean of the EJB module, found in the module itself (so a new service cannot be forgotten), is called as each
 * role its declaration leaves out, and refused. A use case done for "me" refuses a caller who is someone else.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ServiceAccessIT.class, CohortFixture.class, MentoringFixture.class, TrainingFixture.class)
                .with(AsRole.CLASSES).build();
    }

    @Inject
    private CohortFixture cohorts;

    @Inject
    private MentoringFixture mentoring;

    @Inject
    private TrainingFixture training;

    @Inject
    private ApplicationService applications;

    @Inject
    private MatchingService matching;

    @Inject
    private SessionLogService sessionLogs;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private PitchService pitches;

    @Inject
    private JuryService jury;

    /** What the work threw: the refusal's message key. */
    private static String refusal(AsRole role, AsRole.Work work) {
        Throwable outcome = role.attempt(work);
        return outcome instanceof BusinessException business ? business.getMessageKey() : String.valueOf(outcome);
    }

    private Challenge challenge(Cohort cohort) {
        Person staff = cohorts.staff(cohorts.department("Government of Telangana"), "Ravi Kumar");
        return cohorts.published(cohort, staff, CohortFixture.unique("Land records"));
    }

    @Test
    void aFounderNeitherReadsNorWithdrawsAnotherFoundersApplication() {
        Person founder = cohorts.founder("CivicSense", 3, "govtech");
        Application application = cohorts.submitted(challenge(cohorts.telangana(10)), founder);

        assertEquals(Caller.NOT_YOURS, refusal(AsRole.STARTUP, () -> applications.applicationFor(application.getId(), founder.getEmail(), false)));
        assertEquals(Caller.NOT_YOURS, refusal(AsRole.STARTUP, () -> applications.withdraw(application.getId(), founder.getEmail())));
        assertInstanceOf(EJBAccessException.class, AsRole.PROGRAM_MANAGER.attempt(() -> applications.withdraw(application.getId(), founder.getEmail())),
                "a manager withdraws no application at all");
        assertNotEquals(ApplicationStatus.WITHDRAWN, applications.get(application.getId()).getStatus(), "the application is not withdrawn");
    }

    @Test
    void aMentorLogsNoSessionForAnotherMentorsMatch() {
        String expertise = MentoringFixture.uniqueExpertise();
        Person mentor = mentoring.mentor("Ravi Kumar", expertise, 1);
        Organisation startup = mentoring.startup("OpenPermit", expertise, 1);
        mentoring.founder(startup, "Sara Lindqvist");
        MatchingRound round = matching.run(matching.createRound(new MatchingRound("Intake " + UUID.randomUUID())).getId());
        mentoring.publishOnly(round, startup);
        MentorMatch match = matching.accept(mentor.getEmail(), matching.ofMentor(mentor.getEmail()).get(0).getId());
        MentoringSession meeting = MentoringSession.blank();
        meeting.setHeldOn(LocalDate.of(2026, 11, 24));
        meeting.setFormat(MeetingFormat.ONLINE);
        meeting.setTopics("Pilot scope with the permits department");

        assertEquals(Caller.NOT_YOURS, refusal(AsRole.MENTOR, () -> sessionLogs.log(mentor.getEmail(), match.getId(), meeting, List.of())));
        assertEquals(List.of(), sessionLogs.sessions(mentor.getEmail(), match.getId()), "nothing was logged");
    }

    @Test
    void aLearnerEnrolsNobodyButThemselves() {
        Person learner = training.civilServant("Anna Petrova");
        CourseSession session = training.openSession(training.course("Data for policy", 16, false), 20);

        assertEquals(Caller.NOT_YOURS, refusal(AsRole.CIVIL_SERVANT, () -> enrolments.enrol(learner.getEmail(), session.getId())));
        assertEquals(List.of(), enrolments.mine(learner.getEmail()), "nobody was enrolled");
    }

    @Test
    void aJurorScoresNoOtherJurorsSheet() {
        Cohort cohort = cohorts.telangana(10);
        Application pitching = applications.move(cohorts.submitted(challenge(cohort), cohorts.founder("PattaCheck", 3, "govtech")).getId(),
                ApplicationStatus.SHORTLISTED);
        Person juror = cohorts.juror("Divya Rao", cohorts.department(CohortFixture.unique("Jury office")));
        pitches.setCriteria(cohort.getId(), List.of(new RoundCriterion("fit", "Fit with the challenge", 100)), false);
        pitches.addJuror(cohort.getId(), juror.getEmail());
        pitches.openScoring(cohort.getId());
        Scoresheet sheet = jury.openSheetsOf(juror.getEmail()).stream().filter(s -> s.getSubjectId() == pitching.getId()).findFirst().orElseThrow();

        assertEquals(Caller.NOT_YOURS, refusal(AsRole.JUROR,
                () -> jury.submit(sheet.getId(), juror.getEmail(), Map.of("fit", 9), Map.of("fit", "A strong pilot plan"))));
        assertTrue(jury.openSheetsOf(juror.getEmail()).stream().anyMatch(s -> s.getId().equals(sheet.getId())), "the sheet is still open");
    }

    @Test
    void everyMethodOfEveryServiceDeclaresWhoMayCallIt() {
        List<Class<?>> services = services();
        assertTrue(services.size() > 50, "the EJB module's services were found: " + services);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method method : businessMethods(service)) {
                if (declaration(method) == null) {
                    undeclared.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "methods that say nothing about who may call them");
    }

    @Test
    void eachRoleAServiceMethodLeavesOutIsRefused() {
        List<String> letIn = new ArrayList<>();
        int refusals = 0;
        for (Class<?> service : services()) {
            Object bean = CDI.current().select(service).get();
            for (Method method : businessMethods(service)) {
                EnumSet<Role> allowed = allowedRoles(method);
                if (allowed == null) {
                    continue; // public
                }
                Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ServiceAccessIT::placeholder).toArray();
                for (Role role : EnumSet.complementOf(allowed)) {
                    Throwable outcome = AsRole.of(role).attempt(() -> method.invoke(bean, arguments));
                    if (outcome instanceof EJBAccessException) {
                        refusals++;
                    } else {
                        letIn.add(service.getSimpleName() + "." + method.getName() + " as " + role + ": " + outcome);
                    }
                }
            }
        }
        assertEquals(List.of(), letIn, "calls by a role the method leaves out that were not refused");
        assertTrue(refusals > 1000, "refusals: " + refusals);
    }

    // --- the services and their declarations, by reflection

    /** The session beans of the EJB module (the jar that holds {@link Roles}), in name order. */
    static List<Class<?>> services() {
        List<Class<?>> services = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name, false, Roles.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                    services.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(name, e);
            }
        }
        services.sort(Comparator.comparing(Class::getName));
        return services;
    }

    /** Public instance methods a client may call, declared by the bean class or a superclass other than Object. */
    static List<Method> businessMethods(Class<?> service) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type = service; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic() && !method.isBridge()
                        && !method.isAnnotationPresent(PostConstruct.class) && !method.isAnnotationPresent(PreDestroy.class)
                        && methods.stream().noneMatch(m -> overrides(m, method))) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        return methods;
    }

    private static boolean overrides(Method sub, Method sup) {
        return sub.getName().equals(sup.getName()) && Arrays.equals(sub.getParameterTypes(), sup.getParameterTypes());
    }

    /** The method's own declaration, else its declaring class's; null if neither says. */
    static Object declaration(Method method) {
        for (var annotated : List.of(method, method.getDeclaringClass())) {
            if (annotated.isAnnotationPresent(PermitAll.class)) {
                return annotated.getAnnotation(PermitAll.class);
            }
            if (annotated.isAnnotationPresent(RolesAllowed.class)) {
                return annotated.getAnnotation(RolesAllowed.class);
            }
            if (annotated.isAnnotationPresent(DenyAll.class)) {
                return annotated.getAnnotation(DenyAll.class);
            }
        }
        return null;
    }

    /** The people's roles that may call it (SYSTEM aside); null for anyone. */
    static EnumSet<Role> allowedRoles(Method method) {
        Object declaration = declaration(method);
        if (declaration instanceof PermitAll) {
            return null;
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (declaration instanceof RolesAllowed allowed) {
            Arrays.stream(allowed.value()).filter(r -> !Roles.SYSTEM.equals(r)).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    private static Object placeholder(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }

    private static List<String> classNames() {
        URL roles = Roles.class.getResource("Roles.class");
        try {
            if ("jar".equals(roles.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) roles.openConnection();
                connection.setUseCaches(false); // a jar file of our own: closing it leaves the class loader's alone
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(e -> e.getName()).filter(ServiceAccessIT::isTopLevelClass)
                            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
                }
            }
            Path root = Paths.get(roles.toURI()).getParent().getParent().getParent().getParent();
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(p -> root.relativize(p).toString().replace('\\', '/')).filter(ServiceAccessIT::isTopLevelClass)
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTopLevelClass(String path) {
        return path.startsWith("org/govtechhub/") && path.endsWith(".class") && !path.contains("$")
                && !path.endsWith("package-info.class");
    }
}
