package org.govtechhub.training;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tracks, courses and their sessions, as program managers keep them. */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class CourseService extends CrudService<Course> {

    public CourseService() {
        super(Course.class);
    }

    @PermitAll
    public List<Course> all() {
        return em.createNamedQuery("Course.all", Course.class).getResultList();
    }

    @PermitAll
    public List<Track> tracks() {
        return em.createNamedQuery("Track.all", Track.class).getResultList();
    }

    public Track saveTrack(@NotNull @Valid Track track) {
        return save(track, track.isNew());
    }

    /** Saves a course with the skills it raises (skill -> level) and its prerequisites. */
    public Course saveCourse(@NotNull @Valid Course course, Map<Skill, Integer> raises, Set<Course> prerequisites) {
        Course saved = course.isNew() ? course : em.merge(course);
        saved.getRaises().clear();
        raises.forEach((skill, level) -> saved.raise(em.merge(skill), level));
        saved.getPrerequisites().clear();
        prerequisites.forEach(p -> saved.require(em.find(Course.class, p.getId())));
        return save(saved, course.isNew());
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.SYSTEM})
    public List<CourseSession> sessionsOf(Course course) {
        return em.createNamedQuery("CourseSession.ofCourse", CourseSession.class).setParameter("course", course).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<CourseSession> upcomingSessions(LocalDate today) {
        return em.createNamedQuery("CourseSession.upcoming", CourseSession.class).setParameter("today", today).getResultList();
    }

    /** One page of the sessions not yet over whose course title or track has these words, soonest first (the catalogue). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<CourseSession> upcomingSessions(LocalDate today, String search, int first, int max) {
        return em.createNamedQuery("CourseSession.upcomingWith", CourseSession.class).setParameter("today", today)
                .setParameter("text", containing(search)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public long countUpcomingSessions(LocalDate today, String search) {
        return em.createNamedQuery("CourseSession.countUpcomingWith", Long.class).setParameter("today", today)
                .setParameter("text", containing(search)).getSingleResult();
    }

    public CourseSession saveSession(@NotNull @Valid CourseSession session) {
        session.checkDates();
        return save(session, session.isNew());
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.SYSTEM})
    public CourseSession session(Long id) {
        return findById(em, CourseSession.class, id).orElseThrow(() -> BusinessException.notFound(id));
    }

}
