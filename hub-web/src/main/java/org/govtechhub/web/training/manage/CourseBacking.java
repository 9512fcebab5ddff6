package org.govtechhub.web.training.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseFormat;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Skill;
import org.govtechhub.training.SkillService;
import org.govtechhub.training.Track;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** training/manage/course.xhtml?id=…: a course, the skills it raises, its prerequisites and sessions. */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseService courses;

    @EJB
    private SkillService skills;

    @EJB
    private PersonService people;

    @Inject
    private Messages messages;

    private Long id;
    private Course course;
    private final Map<Long, Integer> raises = new HashMap<>();
    private List<Course> prerequisites = new ArrayList<>();
    private CourseSession newSession;

    public void load() {
        course = id == null ? Course.blank() : courses.get(id);
        course.getRaises().forEach((skill, level) -> raises.put(skill.getId(), level));
        prerequisites = new ArrayList<>(course.getPrerequisites());
        newSession = CourseSession.blankOf(course);
    }

    public String save() {
        Map<Skill, Integer> raised = new HashMap<>();
        for (Skill skill : getSkills()) {
            Integer level = raises.get(skill.getId());
            if (level != null && level > 0) {
                raised.put(skill, level);
            }
        }
        course = courses.saveCourse(course, raised, new HashSet<>(prerequisites));
        messages.info("training_manage_course.saved", course.getTitle());
        return "/training/manage/course?faces-redirect=true&id=" + course.getId();
    }

    public void addSession() {
        CourseSession saved = courses.saveSession(newSession);
        messages.info("training_manage_course.sessionAdded", saved.getStartsOn());
        newSession = CourseSession.blankOf(course);
    }

    public boolean isCreating() {
        return course.isNew();
    }

    public List<Skill> getSkills() {
        return skills.framework();
    }

    public List<Person> getInstructors() {
        return people.active();
    }

    public List<Track> getTracks() {
        return courses.tracks();
    }

    public List<Course> getOtherCourses() {
        return courses.all().stream().filter(c -> !c.equals(course)).toList();
    }

    public List<CourseSession> getSessions() {
        return course.isNew() ? List.of() : courses.sessionsOf(course);
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    public Map<Long, Integer> getRaises() {
        return raises;
    }

    public List<Course> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<Course> prerequisites) {
        this.prerequisites = prerequisites;
    }

    public CourseSession getNewSession() {
        return newSession;
    }
}
