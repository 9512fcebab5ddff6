package org.govtechhub.web.training.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.Track;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/** training/manage/courses.xhtml: tracks and their courses; add a track. */
@Named
@RequestScoped
public class CoursesBacking {

    @EJB
    private CourseService courses;

    @Inject
    private Messages messages;

    private final Track track = Track.blank();

    public void addTrack() {
        courses.saveTrack(track);
        messages.info("training_manage_courses.trackAdded", track.getName());
    }

    public List<Track> getTracks() {
        return courses.tracks();
    }

    public List<Course> getCourses() {
        return courses.all();
    }

    public Track getTrack() {
        return track;
    }
}
