package org.govtechhub.training;

import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseAndCertificateTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 12, 7);
    private static final LocalDate ENDS = LocalDate.of(2026, 12, 9);
    private static final LocalDate ENROL_BY = LocalDate.of(2026, 11, 30);

    private final Track track = new Track("Digital skills and data", null);
    private final Skill data = withId(new Skill("DATA", SkillCategory.DIGITAL, "Data literacy", "Грамотность в данных", 1), 101);

    @Test
    void aCourseRaisesASkillToALevelFromOneToFour() {
        Course course = course(1, "Working with open data");

        for (int wrong : new int[] {0, 5}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> course.raise(data, wrong));
            assertEquals("training.level.outOfRange", refused.getMessageKey());
            assertArrayEquals(new Object[] {wrong, 4}, refused.getParameters());
        }
        assertEquals(Map.of(), course.getRaises());

        course.raise(data, 1);
        course.raise(data, 4);

        assertEquals(Map.of(data, 4), course.getRaises());
    }

    @Test
    void aCourseCannotBeItsOwnPrerequisite() {
        Course course = course(1, "Working with open data");

        BusinessException refused = assertThrows(BusinessException.class, () -> course.require(course(1, "Working with open data")));

        assertEquals("training.course.prerequisiteCycle", refused.getMessageKey());
        assertArrayEquals(new Object[] {"Working with open data"}, refused.getParameters());
        assertTrue(course.getPrerequisites().isEmpty());
    }

    @Test
    void aCourseCannotRequireOneThatAlreadyRequiresItEvenThroughAnother() {
        Course basics = course(1, "Data basics");
        Course analysis = course(2, "Data analysis");
        Course dashboards = course(3, "Dashboards for policy");
        analysis.require(basics);
        dashboards.require(analysis);

        BusinessException refused = assertThrows(BusinessException.class, () -> basics.require(dashboards));

        assertEquals("training.course.prerequisiteCycle", refused.getMessageKey());
        assertArrayEquals(new Object[] {"Dashboards for policy"}, refused.getParameters());
        assertTrue(basics.getPrerequisites().isEmpty());
    }

    @Test
    void twoCoursesMayShareAPrerequisiteWithoutItCountingAsACycle() {
        Course basics = course(1, "Data basics");
        Course analysis = course(2, "Data analysis");
        Course visualisation = course(3, "Data visualisation");
        Course capstone = course(4, "Capstone");
        analysis.require(basics);
        visualisation.require(basics);

        assertDoesNotThrow(() -> capstone.require(analysis));
        assertDoesNotThrow(() -> capstone.require(visualisation));

        assertEquals(Set.of(analysis, visualisation), capstone.getPrerequisites());
    }

    @Test
    void theMissingPrerequisitesAreTheUncompletedOnesInAlphabeticalOrder() {
        Course privacy = course(1, "Privacy by design");
        Course basics = course(2, "Data basics");
        Course sql = course(3, "SQL for analysts");
        Course capstone = course(4, "Capstone");
        capstone.require(privacy);
        capstone.require(sql);
        capstone.require(basics);

        assertEquals(List.of(basics, privacy, sql), capstone.missingPrerequisites(List.of()));
        assertEquals(List.of(privacy, sql), capstone.missingPrerequisites(List.of(2L, 99L)));
        assertEquals(List.of(), capstone.missingPrerequisites(List.of(1L, 2L, 3L)));
    }

    @Test
    void aSessionsDatesMustFollowEachOther() {
        CourseSession endsBeforeStart = session(STARTS, STARTS.minusDays(1), ENROL_BY, ENROL_BY);
        CourseSession lateEnrolment = session(STARTS, ENDS, ENDS.plusDays(1), ENROL_BY);
        CourseSession lateCancellation = session(STARTS, ENDS, ENROL_BY, ENDS.plusDays(1));
        CourseSession oneDayDeadlinesOnTheDay = session(STARTS, STARTS, STARTS, STARTS);

        assertEquals("training.session.endsBeforeStart", assertThrows(BusinessException.class, endsBeforeStart::checkDates).getMessageKey());
        assertEquals("training.session.deadlineAfterEnd", assertThrows(BusinessException.class, lateEnrolment::checkDates).getMessageKey());
        assertEquals("training.session.deadlineAfterEnd", assertThrows(BusinessException.class, lateCancellation::checkDates).getMessageKey());
        assertDoesNotThrow(oneDayDeadlinesOnTheDay::checkDates);
    }

    @Test
    void enrolmentIsOpenUntilTheEndOfTheDeadlineDay() {
        CourseSession session = session(STARTS, ENDS, ENROL_BY, ENROL_BY);

        assertDoesNotThrow(() -> session.checkOpenForEnrolment(ENROL_BY));
        BusinessException refused = assertThrows(BusinessException.class, () -> session.checkOpenForEnrolment(ENROL_BY.plusDays(1)));

        assertEquals("training.enrolment.deadlinePassed", refused.getMessageKey());
        assertArrayEquals(new Object[] {ENROL_BY}, refused.getParameters());
    }

    @Test
    void certificateCodesAreThirtyTwoBase32CharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        Set<Character> symbolsSeen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = Certificate.newCode();
            assertTrue(code.matches("[A-Z2-7]{32}"), code);
            codes.add(code);
            code.chars().forEach(c -> symbolsSeen.add((char) c));
        }

        assertEquals(2_000, codes.size());
        // 64,000 random symbols: every one of the 32 shows up (5 bits each, 160 bits a code)
        assertEquals(32, symbolsSeen.size());
    }

    @Test
    void aCodeTypedWithSpacesDashesOrLowerCaseIsRecognised() {
        assertEquals("ABCD2345EFGH", Certificate.normalise("  abcd-2345 efgh\t"));
        assertEquals("ABCD2345EFGH", Certificate.normalise("ABCD-2345-EFGH"));
        assertEquals("", Certificate.normalise(null));
    }

    @Test
    void revokingACertificateNeedsAReasonAndMakesItInvalid() {
        Certificate certificate = issuedCertificate();

        BusinessException refused = assertThrows(BusinessException.class, () -> certificate.revoke("  "));
        assertEquals("training.certificate.revokeReasonRequired", refused.getMessageKey());
        assertThrows(BusinessException.class, () -> certificate.revoke(null));
        assertTrue(certificate.isValid());
        assertNull(certificate.getRevokedReason());

        certificate.revoke("  Attendance sheet was forged ");

        assertFalse(certificate.isValid());
        assertTrue(certificate.isRevoked());
        assertEquals("Attendance sheet was forged", certificate.getRevokedReason());
    }

    @Test
    void aPositionFamilyTargetsALevelFromZeroToFour() {
        PositionFamily family = new PositionFamily("POLICY", "Policy officer", "Специалист по политике");

        for (int wrong : new int[] {-1, 5}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> family.target(data, wrong));
            assertEquals("training.level.outOfRange", refused.getMessageKey());
            assertArrayEquals(new Object[] {wrong, 4}, refused.getParameters());
        }
        assertEquals(Map.of(), family.targetsBySkillId());

        family.target(data, 3);
        assertEquals(3, family.targetFor(data));
        family.target(data, 0);
        assertEquals(Map.of(101L, 0), family.targetsBySkillId());
    }

    @Test
    void nobodyCanBeTheirOwnLineManager() {
        Person ayu = withId(person("Ayu"), 7);
        Person sameAyuLoadedAgain = withId(person("Ayu"), 7);
        Person budi = withId(person("Budi"), 8);
        TrainingProfile profile = new TrainingProfile(ayu);

        BusinessException refused = assertThrows(BusinessException.class, () -> profile.reportTo(sameAyuLoadedAgain));
        assertEquals("training.profile.ownManager", refused.getMessageKey());
        assertThrows(BusinessException.class, () -> profile.setLineManager(ayu));
        assertNull(profile.getLineManager());

        profile.reportTo(budi);
        assertSame(budi, profile.getLineManager());
        profile.reportTo(null);
        assertNull(profile.getLineManager());
    }

    private Course course(long id, String title) {
        return withId(new Course(track, title, CourseFormat.ONLINE, 8), id);
    }

    private CourseSession session(LocalDate startsOn, LocalDate endsOn, LocalDate enrolBy, LocalDate cancelBy) {
        return new CourseSession(course(1, "Working with open data"), startsOn, endsOn, "Online", 20, enrolBy, cancelBy);
    }

    /** The certificate of a course that asks for nothing beyond being seated. */
    private Certificate issuedCertificate() {
        Course course = course(1, "Working with open data");
        course.setAttendanceRequiredPct(0);
        CourseSession session = new CourseSession(course, STARTS, ENDS, "Online", 20, ENROL_BY, ENROL_BY);
        Enrolment enrolment = Enrolment.request(session, person("Ayu"),
                LocalDateTime.of(2026, 11, 20, 9, 0), 0);
        return enrolment.complete(LocalDateTime.of(2026, 12, 9, 17, 0));
    }

    private static Person person(String name) {
        return new Person(name, name.toLowerCase() + "@example.go.id", null, EnumSet.of(Role.CIVIL_SERVANT));
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
